package cn.civicservices.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CertificationState")
@Description("Where a pensioner's yearly qualification certification stands today.")
public enum CertificationState {
    @Description("Certified; nothing to do until the due window opens.")
    CERTIFIED,
    @Description("Certified, but it lapses within the due window (30 days): certify now.")
    DUE_SOON,
    @Description("Lapsed: payment is suspended until the person certifies again; missed months are then back-paid.")
    OVERDUE,
    @Description("Never certified yet.")
    NEVER_CERTIFIED,
    @Description("No pension that needs certification (not a pensioner, or the pension has ended).")
    NOT_REQUIRED
}
