package cn.civicservices.review;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;

/** The administrator's review queue: reported deaths and flagged visits. Admin token. */
@GraphQLApi
public class ReviewGraphQLApi {

    @Inject
    ReviewService service;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Query("reviewQueue")
    @Description("Deaths reported by workers and waiting for a decision, and visits flagged for review, of the "
            + "administrator's jurisdiction, oldest first. Every person shown is audited. Admin token; resident and "
            + "worker tokens get FORBIDDEN.")
    public @NonNull ReviewItemConnection reviewQueue(
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        Jurisdiction jurisdiction = caller.requireAdmin();
        return ReviewItemConnection.of(service.queue(jurisdiction, PageRequest.of(first, after, last, before, limits)));
    }

    @Mutation("deathReportConfirm")
    @Description("Confirms a death a worker reported: the person is recorded deceased on the reported day, every "
            + "pension of theirs ends on that day, and payments for months after it are listed to be recovered "
            + "(never deleted). Sending it again answers the same and changes nothing; a rejected report answers "
            + "ALREADY_REJECTED. Audited. Admin token.")
    public @NonNull DeathReportPayload deathReportConfirm(@Name("input") @NonNull DeathReportInput input) {
        return service.confirm(caller.requireAdmin(), input);
    }

    @Mutation("deathReportReject")
    @Description("Rejects a death a worker reported: the report is cleared, and the pensions it suspended resume "
            + "with the months missed back-paid, by the rule of a certification (a pension whose certification "
            + "lapsed meanwhile stays suspended until the person certifies). Sending it again answers the same and "
            + "changes nothing; a confirmed death answers ALREADY_CONFIRMED. Audited. Admin token.")
    public @NonNull DeathReportPayload deathReportReject(@Name("input") @NonNull DeathReportInput input) {
        return service.reject(caller.requireAdmin(), input);
    }

    @Mutation("visitReviewResolve")
    @Description("Takes a flagged visit off the review queue, with the administrator's note; the visit stays as the "
            + "worker recorded it. Resolving it again answers the same. Audited. Admin token.")
    public @NonNull VisitReviewResolvePayload visitReviewResolve(@Name("input") @NonNull VisitReviewResolveInput input) {
        return service.resolve(caller.requireAdmin(), input);
    }
}
