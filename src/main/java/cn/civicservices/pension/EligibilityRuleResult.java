package cn.civicservices.pension;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EligibilityRuleResult")
@Description("One rule of the eligibility check and why it passed or not.")
public record EligibilityRuleResult(@Description("Which rule.") @NonNull EligibilityRuleKind rule,
        @Description("Whether it is met.") @NonNull boolean passed,
        @Description("Why, in the person's language.") @NonNull String reason) {
}
