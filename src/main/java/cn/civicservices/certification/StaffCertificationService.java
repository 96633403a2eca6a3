package cn.civicservices.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.civicservices.certification.CertificationService.Certified;
import cn.civicservices.certification.CertificationService.Evidence;
import cn.civicservices.certification.CertificationService.Refused;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.common.QuietRollbackGuard;
import cn.civicservices.resident.IdNumber;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentIdNumber;
import cn.civicservices.resident.ResidentService;
import cn.civicservices.servicepoint.ServicePointEntity;
import cn.civicservices.worker.WorkerDirectory;
import cn.civicservices.worker.WorkerDirectory.Coverage;

/**
 * Certification by staff, through the one certification path: at a service-point window after checking the ID
 * card (assisted), and in a session held in the village (centralized), where each person is certified in a
 * transaction of their own. A worker certifies only residents of the villages they cover; anyone else reads
 * exactly like a number nobody has.
 */
@ApplicationScoped
public class StaffCertificationService {

    /** Oldest session that may still be recorded, in days. */
    static final int SESSION_DAYS_BACK = 30;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CertificationService certifications;

    @Inject
    ResidentService residents;

    @Inject
    WorkerDirectory workers;

    public AssistedCertificationPayload assisted(long workerId, AssistedCertificationInput input) {
        if (!Boolean.TRUE.equals(input.idCardChecked)) {
            return assistRefused(null, error(CertificationErrorCode.ID_CARD_NOT_CHECKED, "input", "idCardChecked"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ServicePointEntity> point = QuietRollbackGuard
                .requiringNew(() -> servicePoint(input.servicePointCode));
        if (point.isEmpty()) {
            return assistRefused(null, error(CertificationErrorCode.SERVICE_POINT_NOT_FOUND, "input", "servicePointCode"));
        }
        Outcome outcome = inOwnTransaction(() -> certify(workerId, workers.coverage(workerId), input.idNumber.trim(),
                Channel.ASSISTED, point.get(), now, "input", "idNumber"));
        return outcome.error() == null
                ? new AssistedCertificationPayload(outcome.masked(), outcome.certified().certification(),
                        outcome.certified().backPay(), List.of())
                : assistRefused(outcome.masked(), outcome.error());
    }

    public CertificationSessionPayload session(long workerId, CertificationSessionInput input) {
        LocalDate today = LocalDate.now(clock);
        if (input.heldOn.isAfter(today) || input.heldOn.isBefore(today.minusDays(SESSION_DAYS_BACK))) {
            return sessionRefused(error(CertificationErrorCode.DATE_OUT_OF_RANGE, "input", "heldOn"));
        }
        Optional<ServicePointEntity> point = QuietRollbackGuard
                .requiringNew(() -> servicePoint(input.servicePointCode));
        // The worker's assignments, read once for everyone of the session.
        Coverage coverage = QuietRollbackGuard.requiringNew(() -> workers.coverage(workerId));
        if (point.isEmpty()) {
            return sessionRefused(error(CertificationErrorCode.SERVICE_POINT_NOT_FOUND, "input", "servicePointCode"));
        }
        // A session held on an earlier day counts from that day; today's counts from now.
        OffsetDateTime at = input.heldOn.equals(today) ? OffsetDateTime.now(clock)
                : input.heldOn.atTime(LocalTime.NOON).atZone(clock.getZone()).toOffsetDateTime();
        List<CertificationSessionPayload.Result> results = new ArrayList<>(input.idNumbers.size());
        Set<String> seen = new HashSet<>();
        int certified = 0;
        for (int i = 0; i < input.idNumbers.size(); i++) {
            String raw = input.idNumbers.get(i).trim().toUpperCase();
            String field = String.valueOf(i);
            Outcome outcome;
            if (!seen.add(raw)) {
                outcome = new Outcome(IdNumber.problem(raw).isEmpty() ? IdNumber.parse(raw).masked() : null, null,
                        error(CertificationErrorCode.DUPLICATE, "input", "idNumbers", field));
            } else {
                // Each person all or nothing: a refusal or a failure rolls back that person only.
                outcome = inOwnTransaction(() -> certify(workerId, coverage, raw, Channel.CENTRALIZED, point.get(), at,
                        "input", "idNumbers", field));
            }
            if (outcome.error() == null) {
                certified++;
            }
            results.add(new CertificationSessionPayload.Result(i, outcome.masked(),
                    outcome.certified() == null ? null : outcome.certified().certification(),
                    outcome.certified() == null ? null : outcome.certified().backPay(), outcome.error()));
        }
        return new CertificationSessionPayload(certified, results, List.of());
    }

    private record Outcome(String masked, Certified certified, CertificationError error) {
    }

    /** Carries a refusal out of its transaction, which rolls it back. */
    private static final class RefusedInTransaction extends RuntimeException {
        private final transient Outcome outcome;

        RefusedInTransaction(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** One person's certification in a transaction of its own: committed whole, or rolled back whole. */
    private static Outcome inOwnTransaction(java.util.concurrent.Callable<Outcome> work) {
        try {
            return QuietRollbackGuard.requiringNew(() -> {
                Outcome outcome = work.call();
                if (outcome.error() != null) {
                    throw new RefusedInTransaction(outcome);
                }
                return outcome;
            });
        } catch (RefusedInTransaction refused) {
            return refused.outcome;
        }
    }

    /** Certifies one person in the current transaction, or says why not. */
    private Outcome certify(long workerId, Coverage coverage, String raw, Channel channel, ServicePointEntity point,
            OffsetDateTime at, String... field) {
        Optional<IdNumber.Problem> problem = IdNumber.problem(raw, at.atZoneSameInstant(clock.getZone()).toLocalDate());
        if (problem.isPresent()) {
            Msg msg = Messages.msg();
            return new Outcome(null, null, CertificationError.of(CertificationErrorCode.ID_NUMBER_INVALID,
                    msg.errorIdNumber(ResidentIdNumber.Validator.reason(problem.get(), msg)), field));
        }
        IdNumber number = IdNumber.parse(raw);
        Optional<ResidentEntity> resident = residents.byIdNumber(number)
                .filter(r -> coverage.covers(r.areaCode));
        if (resident.isEmpty()) {
            return new Outcome(number.masked(), null, error(CertificationErrorCode.NOT_FOUND, field));
        }
        try {
            Certified done = certifications.certify(resident.get().id, new Evidence(channel, EvidenceType.IN_PERSON,
                    "id card checked", workerId, point.id, null, campaign(resident.get().areaCode, at)), at);
            return new Outcome(number.masked(), done, null);
        } catch (Refused refused) {
            return new Outcome(number.masked(), null, CertificationError.of(refused.code(), refused.getMessage(),
                    field));
        }
    }

    private Optional<ServicePointEntity> servicePoint(String code) {
        return ServicePointEntity.<ServicePointEntity> find("code = ?1 and active = true", code.trim())
                .firstResultOptional();
    }

    /** The campaign running in the person's area on the day, if any. */
    private Long campaign(String villageCode, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(clock.getZone()).toLocalDate();
        List<?> ids = em.createNativeQuery("select id from certification_campaign where ?1 like area_code || '%' "
                + "and ?2 between starts_on and ends_on order by starts_on desc, id desc limit 1")
                .setParameter(1, villageCode).setParameter(2, day).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** A refusal with the message its code has everywhere. */
    private static CertificationError error(CertificationErrorCode code, String... field) {
        return CertificationError.of(code, CertificationService.message(code), field);
    }

    private static AssistedCertificationPayload assistRefused(String masked, CertificationError error) {
        return new AssistedCertificationPayload(masked, null, null, List.of(error));
    }

    private static CertificationSessionPayload sessionRefused(CertificationError error) {
        return new CertificationSessionPayload(0, List.of(), List.of(error));
    }
}
