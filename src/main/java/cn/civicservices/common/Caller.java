package cn.civicservices.common;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;

import io.quarkus.security.identity.SecurityIdentity;

import cn.civicservices.admin.Jurisdiction;

/**
 * Who is calling, as this API knows them: the token's subject, its roles, and the resident, worker or
 * administrator record linked to that subject.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    private Optional<Long> residentId;
    private Optional<Long> workerId;
    private Optional<Jurisdiction> jurisdiction;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The role named in audit records: the most privileged one the caller has. */
    public String auditRole() {
        if (hasRole(Role.ADMIN)) {
            return Role.ADMIN;
        }
        if (hasRole(Role.WORKER)) {
            return Role.WORKER;
        }
        return hasRole(Role.RESIDENT) ? Role.RESIDENT : "none";
    }

    public void requireAuthenticated() {
        if (!isAuthenticated()) {
            throw ApiException.unauthenticated();
        }
    }

    public void requireRole(String role) {
        requireAuthenticated();
        if (!hasRole(role)) {
            throw ApiException.forbidden();
        }
    }

    /** The resident record linked to a resident token; a resident token without one is refused. */
    public long requireResident() {
        requireRole(Role.RESIDENT);
        if (residentId == null) {
            residentId = linkedId("select r.id from Resident r where r.loginSubject = :subject");
        }
        return residentId.orElseThrow(() -> ApiException.notFound(Messages.msg().nounResident(), subject()));
    }

    /** The worker record linked to a worker token. */
    public long requireWorker() {
        requireRole(Role.WORKER);
        if (workerId == null) {
            workerId = linkedId("select w.id from Worker w where w.loginSubject = :subject and w.active = true");
        }
        return workerId.orElseThrow(() -> ApiException.notFound(Messages.msg().nounWorker(), subject()));
    }

    /** The jurisdiction of the administrator record linked to an admin token. */
    public Jurisdiction requireAdmin() {
        requireRole(Role.ADMIN);
        if (jurisdiction == null) {
            jurisdiction = em.createQuery("select new cn.civicservices.admin.Jurisdiction(a.id, a.areaCode) "
                    + "from Administrator a where a.loginSubject = :subject and a.active = true", Jurisdiction.class)
                    .setParameter("subject", subject()).getResultStream().findFirst();
        }
        return jurisdiction.orElseThrow(() -> ApiException.notFound(Messages.msg().nounAdministrator(), subject()));
    }

    private Optional<Long> linkedId(String jpql) {
        try {
            return Optional.of(em.createQuery(jpql, Long.class).setParameter("subject", subject()).getSingleResult());
        } catch (NoResultException e) {
            return Optional.empty();
        }
    }
}
