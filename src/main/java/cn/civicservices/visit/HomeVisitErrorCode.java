package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitErrorCode")
@Description("Why a home-visit request recorded nothing new.")
public enum HomeVisitErrorCode {
    @Description("A value has the wrong shape or is out of range; the message says which.")
    INVALID,
    @Description("This clientId was already used by another request; the phone must generate a new one.")
    CLIENT_ID_TAKEN,
    @Description("An open home-visit request already exists; it is returned instead.")
    ALREADY_REQUESTED
}
