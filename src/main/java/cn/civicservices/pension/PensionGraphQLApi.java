package cn.civicservices.pension;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;
import cn.civicservices.pension.Connections.ContributionConnection;
import cn.civicservices.pension.Connections.PensionPaymentConnection;

@GraphQLApi
@ValidatedInput
public class PensionGraphQLApi {

    @Inject
    PensionRecordsService records;

    @Inject
    EligibilityService eligibility;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Query("myEnrolments")
    @Description("The caller's pension schemes with personal-account balances (at most one per scheme). Resident token.")
    public @NonNull List<@NonNull PersonalAccount> myEnrolments() {
        return records.enrolments(caller.requireResident());
    }

    @Query("myPensionEligibility")
    @Description("Whether the caller qualifies for the residents' basic pension, rule by rule, with an estimate. "
            + "Resident token.")
    public @NonNull PensionEligibility myPensionEligibility() {
        return eligibility.forResident(caller.requireResident());
    }

    @Query("pensionEligibilityEstimate")
    @Description("The pension calculator: eligibility and estimate for a hypothetical person. No token needed.")
    public @NonNull PensionEligibility pensionEligibilityEstimate(
            @Name("input") @NonNull @Valid EligibilityInput input) {
        return eligibility.forHypothetical(input);
    }

    @Description("Monthly payments of this pension, newest first, back-pay included.")
    public List<@NonNull PensionPaymentConnection> payments(@Source List<PensionBenefit> benefits,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return records.payments(benefits, PageRequest.of(first, after, last, before, limits));
    }

    @Description("Contributions paid into this scheme, newest year first.")
    public List<@NonNull ContributionConnection> contributions(@Source List<PersonalAccount> enrolments,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return records.contributions(enrolments, PageRequest.of(first, after, last, before, limits));
    }
}
