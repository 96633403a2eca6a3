package cn.civicservices.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Codes carried in {@code extensions.code} of top-level GraphQL errors. */
@Enum("ErrorCode")
@Description("Codes of top-level errors, in `extensions.code`.")
public enum ErrorCode {
    @Description("No valid access token was sent.")
    UNAUTHENTICATED,
    @Description("The token is valid but its roles do not allow this.")
    FORBIDDEN,
    @Description("Nothing with this identifier exists, or it is not yours to see.")
    NOT_FOUND,
    @Description("An argument is malformed or out of range; the message says which.")
    BAD_USER_INPUT,
    @Description("The request document could not be parsed or does not match the schema.")
    GRAPHQL_VALIDATION_FAILED,
    @Description("The service cannot reach its database for a moment (down or restarting); try again in a "
            + "little while. A change sent with a `clientId` can be sent again safely.")
    SERVICE_UNAVAILABLE,
    @Description("An unexpected failure; the message carries a reference for the logs.")
    INTERNAL
}
