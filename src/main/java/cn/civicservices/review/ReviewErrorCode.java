package cn.civicservices.review;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReviewErrorCode")
@Description("Why an administrator's review decision was refused.")
public enum ReviewErrorCode {
    @Description("No such resident or visit in the administrator's jurisdiction (one outside it reads exactly like none).")
    NOT_FOUND,
    @Description("The resident has no death report waiting for review.")
    NO_PENDING_REPORT,
    @Description("The death was confirmed already: it cannot be rejected.")
    ALREADY_CONFIRMED,
    @Description("The death report was rejected already: it cannot be confirmed; a new report is needed.")
    ALREADY_REJECTED,
    @Description("The note is longer than 500 characters.")
    NOTE_TOO_LONG
}
