package cn.civicservices.resident;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ResidentProfile")
@Description("A resident as the caller may see them.")
public record ResidentProfile(
        @Description("Name.") @NonNull String name,
        @Description("The full resident ID number: only for the person themself, null for everyone else.") String idNumber,
        @Description("The ID number masked, e.g. 1407**********123X.") @NonNull String idNumberMasked,
        @Description("Gender.") @NonNull Gender gender,
        @Description("Birth date.") @NonNull LocalDate birthDate,
        @Description("Age in whole years today.") @NonNull int age,
        @Ignore String areaCode) {
}
