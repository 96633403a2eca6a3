package cn.civicservices.pension;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PensionEligibility")
@Description("Whether someone qualifies for the urban-rural residents' basic pension, rule by rule.")
public record PensionEligibility(
        @Description("Whether every rule is met.") @NonNull boolean qualified,
        @Description("One sentence, in the person's language.") @NonNull String summary,
        @Description("Each rule with its reason (a fixed set of three).") @NonNull List<@NonNull EligibilityRuleResult> rules,
        @Description("First day the pension could start, when the contribution rule is met.") LocalDate earliestStartDate,
        @Description("The monthly amount it would have, when a start date is known.") PensionEstimate estimate) {
}
