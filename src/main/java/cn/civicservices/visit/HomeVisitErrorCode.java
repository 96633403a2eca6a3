package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitErrorCode")
@Description("Why a home-visit request, schedule or record was refused, or stored only for review.")
public enum HomeVisitErrorCode {
    @Description("A value has the wrong shape or is out of range; the message says which.")
    INVALID,
    @Description("This clientId was already used by another request or record; the phone must generate a new one.")
    CLIENT_ID_TAKEN,
    @Description("An open home-visit request already exists; it is returned instead.")
    ALREADY_REQUESTED,
    @Description("No such resident or visit among the residents of the villages the worker covers.")
    NOT_FOUND,
    @Description("The visit is already done or called off; it cannot be scheduled.")
    VISIT_CLOSED,
    @Description("The visit time is more than 5 minutes in the future or more than a year ago.")
    VISITED_AT_OUT_OF_RANGE,
    @Description("The position is outside China (latitude 3.8 to 53.6, longitude 73.5 to 135.1).")
    POSITION_OUT_OF_RANGE,
    @Description("The note is longer than 500 characters.")
    NOTE_TOO_LONG,
    @Description("The visit was stored, but the person had been certified meanwhile through another channel: not "
            + "certified again, flagged for an administrator's review.")
    ALREADY_CERTIFIED_FLAGGED,
    @Description("The visit was stored, but the person cannot be certified (recorded or reported deceased, or no "
            + "pension to certify): flagged for an administrator's review.")
    CERTIFICATION_REFUSED_FLAGGED,
    @Description("The record could not be stored this time because of a failure on the server; send it again.")
    FAILED
}
