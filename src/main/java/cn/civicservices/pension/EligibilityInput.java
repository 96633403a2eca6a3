package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import cn.civicservices.area.AreaCode;
import cn.civicservices.area.KnownArea;
import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.resident.PlausibleBirthDate;

@Input("PensionEligibilityInput")
@Description("A hypothetical person, as typed into the pension calculator.")
@ContributionYearsSinceAge16
public class EligibilityInput {

    @NonNull
    @NotNull
    @PlausibleBirthDate
    @Description("Birth date, from 1900-01-01 to today.")
    public LocalDate birthDate;

    @NonNull
    @NotNull
    @Min(value = 0, message = ConstraintMessages.CONTRIBUTION_YEARS)
    @Max(value = 60, message = ConstraintMessages.CONTRIBUTION_YEARS)
    @Description("Years contributed so far: 0 to 60, and no more than the whole years since the 16th birthday.")
    public Integer contributionYears;

    @DefaultValue("0")
    @DecimalMin(value = "0", message = ConstraintMessages.ACCOUNT_BALANCE)
    @DecimalMax(value = "10000000", message = ConstraintMessages.ACCOUNT_BALANCE)
    @Digits(integer = 8, fraction = 2, message = ConstraintMessages.ACCOUNT_BALANCE)
    @Description("Personal-account balance in yuan, if known: 0 to 10,000,000, at most 2 decimals.")
    public BigDecimal accountBalance;

    @DefaultValue("false")
    @Description("Whether the person already draws another basic pension.")
    public Boolean drawsOtherBasicPension;

    @AreaCode
    @KnownArea
    @Description("Official code of an existing area (2, 4, 6, 9 or 12 digits) whose rules apply; the bureau's "
            + "county when omitted.")
    public String areaCode;
}
