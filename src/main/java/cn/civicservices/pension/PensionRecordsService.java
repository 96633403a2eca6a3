package cn.civicservices.pension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.PerParentPages;
import cn.civicservices.common.PerParentPages.Rows;
import cn.civicservices.common.PerParentPages.Spec;
import cn.civicservices.pension.Connections.ContributionConnection;
import cn.civicservices.pension.Connections.PensionPaymentConnection;

/** A person's social-security records: enrolments with their accounts, contributions and payments. */
@ApplicationScoped
public class PensionRecordsService {

    private static final Spec<PensionPaymentEntity> PAYMENTS = new Spec<>(PensionPaymentEntity.class,
            "pension_payment", "benefit_id", "period", "id, benefit_id, period, amount, kind, paid_on");
    private static final Spec<ContributionEntity> CONTRIBUTIONS = new Spec<>(ContributionEntity.class,
            "contribution", "enrolment_id", "year", "id, enrolment_id, year, amount, subsidy, paid_on");

    @Inject
    EntityManager em;

    @Inject
    PerParentPages pages;

    @Inject
    AuditLog audit;

    @Transactional
    public List<PersonalAccount> enrolments(long residentId) {
        List<EnrolmentEntity> enrolments = EnrolmentEntity.list("residentId = ?1 order by id", residentId);
        Map<Long, Long> years = enrolments.isEmpty() ? Map.of()
                : em.createQuery("select c.enrolmentId, count(distinct c.year) from Contribution c "
                        + "where c.enrolmentId in :ids group by c.enrolmentId", Object[].class)
                        .setParameter("ids", enrolments.stream().map(e -> e.id).toList()).getResultList().stream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        audit.record("READ_ENROLMENTS", residentId, null);
        return enrolments.stream().map(e -> new PersonalAccount(e.scheme, e.enrolledOn, e.endedOn, e.accountBalance,
                e.accountBalanceAsOf, years.getOrDefault(e.id, 0L).intValue(), e.id)).toList();
    }

    /** One page of payments for each benefit, newest month first. */
    @Transactional
    public List<PensionPaymentConnection> payments(List<PensionBenefit> benefits, PageRequest page) {
        LocalDate cursor = page.cursor() == null ? null : parseDate(page.cursor().stringAt(0));
        Rows<PensionPaymentEntity> rows = pages.fetch(PAYMENTS, benefits.stream().map(PensionBenefit::benefitId)
                .toList(), page, cursor, p -> p.benefitId);
        return benefits.stream().map(b -> PensionPaymentConnection.of(page.page(rows.of(b.benefitId()),
                PensionPayment::of, p -> Cursor.of(p.period), rows.count(b.benefitId())))).toList();
    }

    /** One page of contributions for each enrolment, newest year first. */
    @Transactional
    public List<ContributionConnection> contributions(List<PersonalAccount> enrolments, PageRequest page) {
        Short cursor = page.cursor() == null ? null : (short) page.cursor().longAt(0);
        Map<Long, Scheme> schemes = enrolments.stream()
                .collect(Collectors.toMap(PersonalAccount::enrolmentId, PersonalAccount::scheme, (a, b) -> a));
        Rows<ContributionEntity> rows = pages.fetch(CONTRIBUTIONS, enrolments.stream()
                .map(PersonalAccount::enrolmentId).toList(), page, cursor, c -> c.enrolmentId);
        Function<ContributionEntity, Contribution> toNode = c -> new Contribution(c.year, schemes.get(c.enrolmentId),
                c.amount, c.subsidy, c.paidOn);
        return enrolments.stream().map(e -> ContributionConnection.of(page.page(rows.of(e.enrolmentId()), toNode,
                c -> Cursor.of(c.year), rows.count(e.enrolmentId())))).toList();
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }
}
