package cn.civicservices.common;

/**
 * The message attributes of this API's constraints ({@code message = ConstraintMessages.LATITUDE}): each names one
 * message of {@link Msg}, shown in the reader's language. A validator whose message needs values computed while
 * validating uses {@link #FROM_VALIDATOR} and puts a {@link Text} in the violation's dynamic payload.
 */
public final class ConstraintMessages {

    public static final String AREA_CODE = "errorAreaCode";
    public static final String AREA_UNKNOWN = "errorAreaUnknown";
    public static final String RADIUS = "errorRadius";
    public static final String COVERAGE_YEAR = "errorCoverageYear";
    public static final String AUDIT_ACTION = "errorAuditAction";
    public static final String AUDIT_ACTOR = "errorAuditActor";
    public static final String LATITUDE = "errorLatitude";
    public static final String LONGITUDE = "errorLongitude";
    public static final String SERVICE_POINT_CODE = "errorServicePointCode";
    public static final String BIRTH_DATE = "errorBirthDate";
    public static final String CONTRIBUTION_YEARS = "errorContributionYears";
    public static final String ACCOUNT_BALANCE = "errorAccountBalance";
    public static final String VISIT_CLIENT_ID = "visitClientIdInvalid";
    public static final String VISIT_POSITION = "visitPosition";
    public static final String VISIT_NOTE = "visitNoteTooLong";
    public static final String VISIT_BATCH = "visitBatchTooLarge";
    public static final String VISIT_SCHEDULED_ON = "visitScheduledOnRange";
    public static final String VISIT_VISITED_AT = "visitVisitedAtRange";
    /** The validator gives the message: a {@link Text} as the violation's dynamic payload. */
    public static final String FROM_VALIDATOR = "fromValidator";

    /** A message, rendered once the reader's language is known. */
    @FunctionalInterface
    public interface Text {
        String in(Msg msg);
    }

    private ConstraintMessages() {
    }

    /** The message a constraint's message attribute names, or "is not valid" for one this API does not define. */
    public static String text(String template, Msg msg) {
        return switch (template) {
            case AREA_CODE -> msg.errorAreaCode();
            case AREA_UNKNOWN -> msg.errorAreaUnknown();
            case RADIUS -> msg.errorRadius();
            case COVERAGE_YEAR -> msg.errorCoverageYear();
            case AUDIT_ACTION -> msg.errorAuditAction();
            case AUDIT_ACTOR -> msg.errorAuditActor();
            case LATITUDE -> msg.errorLatitude();
            case LONGITUDE -> msg.errorLongitude();
            case SERVICE_POINT_CODE -> msg.errorServicePointCode();
            case BIRTH_DATE -> msg.errorBirthDate();
            case CONTRIBUTION_YEARS -> msg.errorContributionYears();
            case ACCOUNT_BALANCE -> msg.errorAccountBalance();
            case VISIT_CLIENT_ID -> msg.visitClientIdInvalid();
            case VISIT_POSITION -> msg.visitPosition();
            case VISIT_NOTE -> msg.visitNoteTooLong();
            case VISIT_BATCH -> msg.visitBatchTooLarge();
            case VISIT_SCHEDULED_ON -> msg.visitScheduledOnRange();
            case VISIT_VISITED_AT -> msg.visitVisitedAtRange();
            default -> msg.validationInvalid();
        };
    }
}
