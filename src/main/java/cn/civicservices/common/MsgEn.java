package cn.civicservices.common;

import java.time.LocalDate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The English messages, for requests whose Accept-Language prefers English. Every message of {@link Msg}. */
@Localized("en")
public interface MsgEn extends Msg {

    // --- errors of a request

    @Override
    @Message("Please sign in: the request carries no valid access token.")
    String errorUnauthenticated();

    @Override
    @Message("Your account is not allowed to do this.")
    String errorForbidden();

    @Override
    @Message("No {what} found: {id}")
    String errorNotFound(String what, String id);

    @Override
    @Message("Something went wrong on our side; please try again later (reference {reference}).")
    String errorInternal(String reference);

    @Override
    @Message("The service cannot reach its database at the moment; please try again shortly.")
    String errorServiceUnavailable();

    @Override
    @Message("The request body must be JSON with the GraphQL document in \"query\".")
    String errorGraphqlBody();

    @Override
    @Message("In the request, variables and extensions must be JSON objects and operationName a string.")
    String errorGraphqlMembers();

    @Override
    @Message("The page cursor is not valid; start again from the first page.")
    String errorCursor();

    @Override
    @Message("first and last cannot be used together.")
    String errorPageFirstAndLast();

    @Override
    @Message("after and before cannot be used together.")
    String errorPageAfterAndBefore();

    @Override
    @Message("A page holds 0 to {max} items.")
    String errorPageSize(int max);

    @Override
    @Message("before goes with last.")
    String errorPageBeforeNeedsLast();

    @Override
    @Message("after goes with first.")
    String errorPageAfterNeedsFirst();

    @Override
    @Message("This list pages forward only (first/after).")
    String errorPageForwardOnly();

    // --- input

    @Override
    @Message("{field}: {problem}")
    String errorInput(String field, String problem);

    @Override
    @Message("; ")
    String errorInputSeparator();

    @Override
    @Message("The request document does not match the schema.")
    String errorInputDocument();

    @Override
    @Message("is required")
    String inputRequired();

    @Override
    @Message("is not a field of this input")
    String inputUnknownField();

    @Override
    @Message("must be a whole number from -2147483648 to 2147483647")
    String inputExpectInt();

    @Override
    @Message("must be a finite number")
    String inputExpectFloat();

    @Override
    @Message("must be a decimal number (at most 100 digits)")
    String inputExpectBigDecimal();

    @Override
    @Message("must be a real date written YYYY-MM-DD")
    String inputExpectDate();

    @Override
    @Message("must be a string")
    String inputExpectString();

    @Override
    @Message("must be an identifier string")
    String inputExpectId();

    @Override
    @Message("must be true or false")
    String inputExpectBoolean();

    @Override
    @Message("must be one of {values}")
    String inputExpectEnum(String values);

    @Override
    @Message("must be an object of type {type}")
    String inputExpectObject(String type);

    @Override
    @Message("must be a value of type {type}")
    String inputExpectOther(String type);

    // --- standard constraints

    @Override
    @Message("must be {min} to {max} characters long")
    String validationSize(int min, int max);

    @Override
    @Message("must be at least {value}")
    String validationMin(long value);

    @Override
    @Message("must be at most {value}")
    String validationMax(long value);

    @Override
    @Message("must be at least {value}")
    String validationDecimalMin(String value);

    @Override
    @Message("must be at most {value}")
    String validationDecimalMax(String value);

    @Override
    @Message("must have at most {integer} digits before and {fraction} after the decimal point")
    String validationDigits(int integer, int fraction);

    @Override
    @Message("is required")
    String validationNotNull();

    @Override
    @Message("must not be blank")
    String validationNotBlank();

    @Override
    @Message("is malformed")
    String validationPattern();

    @Override
    @Message("must be before today")
    String validationPast();

    @Override
    @Message("cannot be after today")
    String validationPastOrPresent();

    @Override
    @Message("is not valid")
    String validationInvalid();

    // --- constraints of this API

    @Override
    @Message("The area code is malformed: it must be 2, 4, 6, 9 or 12 digits.")
    String errorAreaCode();

    @Override
    @Message("The area is unknown: no area has this code.")
    String errorAreaUnknown();

    @Override
    @Message("The search radius must be more than 0 and at most 200 km.")
    String errorRadius();

    @Override
    @Message("The year must be 2000 to 2100.")
    String errorCoverageYear();

    @Override
    @Message("The date range is not valid: the first day may not come after the last, and it spans at most {maxDays} days.")
    String errorDateRange(int maxDays);

    @Override
    @Message("The time range is not valid: its start must come before its end.")
    String errorTimeRange();

    @Override
    @Message("An operation name is 1 to 64 capital letters, digits or underscores.")
    String errorAuditAction();

    @Override
    @Message("An actor is 1 to 255 characters.")
    String errorAuditActor();

    @Override
    @Message("Latitude must be -90 to 90.")
    String errorLatitude();

    @Override
    @Message("Longitude must be -180 to 180.")
    String errorLongitude();

    @Override
    @Message("A service point code is 1 to 20 letters or digits.")
    String errorServicePointCode();

    @Override
    @Message("The birth date must be between 1900-01-01 and today.")
    String errorBirthDate();

    @Override
    @Message("Contribution years must be 0 to 60.")
    String errorContributionYears();

    @Override
    @Message("Contribution years cannot be more than the whole years since age 16 ({years}).")
    String errorContributionYearsSinceAge16(int years);

    @Override
    @Message("The account balance must be 0 to 10,000,000 yuan with at most 2 decimals.")
    String errorAccountBalance();

    @Override
    @Message("The resident ID number is not valid: {reason}")
    String errorIdNumber(String reason);

    @Override
    @Message("it must be 17 digits and a check character (digit or X)")
    String errorIdNumberShape();

    @Override
    @Message("the check character does not match; please check the number")
    String errorIdNumberChecksum();

    @Override
    @Message("the birth date inside the number is not a real date")
    String errorIdNumberBirthDate();

    @Override
    @Message("the birth date inside the number must be between 1900-01-01 and today")
    String errorIdNumberBirthRange();

    // --- what was not found

    @Override
    @Message("area")
    String nounArea();

    @Override
    @Message("service point")
    String nounServicePoint();

    @Override
    @Message("resident")
    String nounResident();

    @Override
    @Message("worker")
    String nounWorker();

    @Override
    @Message("administrator")
    String nounAdministrator();

    // --- certification status and the next step

    @Override
    @Message("Certified; valid until {validUntil}.")
    String statusCertified(String validUntil);

    @Override
    @Message("Your certification lapses on {validUntil}, in {daysLeft} days: please certify now.")
    String statusDueSoon(String validUntil, int daysLeft);

    @Override
    @Message("Your certification lapsed on {validUntil}: please certify again.")
    String statusOverdue(String validUntil);

    @Override
    @Message("Your certification lapsed on {validUntil} and your pension is suspended since {suspendedSince}. "
            + "Once you certify again, payment resumes and the missed months are back-paid.")
    String statusOverdueSuspended(String validUntil, String suspendedSince);

    @Override
    @Message("Not certified yet.")
    String statusNever();

    @Override
    @Message("You have no pension that needs certification.")
    String statusNotRequired();

    @Override
    @Message("Nothing to do for now.")
    String stepNothing();

    @Override
    @Message("Nothing to do. Certify again before {validUntil}; you will be reminded 30 days ahead.")
    String stepCertified(String validUntil);

    @Override
    @Message("A home visit is requested; the worker will contact you soon.")
    String stepVisitRequested();

    @Override
    @Message("The worker will come to certify you at home on {scheduledOn}.")
    String stepVisitScheduled(String scheduledOn);

    @Override
    @Message("If you cannot get about, ask for a home visit and the worker will certify you at home.")
    String stepRequestVisit();

    @Override
    @Message("Please do the face check in the app (a relative may operate the phone for you).")
    String stepCertifyInApp();

    /** Follows another step: starts with a space. */
    @Override
    @Message(" You can also go to {name} where staff will help (phone {phone}).")
    String stepOrServicePoint(String name, String phone);

    /** Follows another step: starts with a space. */
    @Override
    @Message(" If the face check keeps failing (for instance after an illness changed your face), ask for a home "
            + "visit.")
    String stepFaceFails();

    /** Follows another step: starts with a space. */
    @Override
    @Message(" For questions call your village worker {name} at {phone}.")
    String stepWorker(String name, String phone);

    @Override
    @Message("Someone reported your death; your pension is suspended while this is checked. If that is wrong, "
            + "bring your ID card to the service point to have it corrected.")
    String stepDeathReported();

    @Override
    @Message("The face check did not match (for instance after an illness changed your face): ask for a home visit "
            + "and the worker will certify you at home.")
    String stepFaceCheckFailed();

    // --- self-service certification

    @Override
    @Message("The face-check result cannot be verified; please do the face check again.")
    String faceCheckSignature();

    @Override
    @Message("The face-check result has expired; please do the face check again.")
    String faceCheckExpired();

    @Override
    @Message("This face-check result was already used; please do the face check again.")
    String faceCheckReplayed();

    @Override
    @Message("This face-check result is for another person; the pensioner must do the face check.")
    String faceCheckNotYours();

    @Override
    @Message("The face did not match. If an illness changed your face, ask for a home visit and the worker will "
            + "certify you at home.")
    String faceCheckNotMatched();

    @Override
    @Message("You have no pension that needs certification.")
    String faceCheckNothingToCertify();

    @Override
    @Message("The face-check result is required.")
    String faceCheckRequired();

    @Override
    @Message("The records say this person died or was reported dead, so certification is not possible now. If that "
            + "is wrong, bring the ID card to the service point or call the worker to correct it.")
    String faceCheckDeceased();

    // --- certification by staff, and the worker's day

    @Override
    @Message("Check the person's ID card before certifying.")
    String staffIdCardNotChecked();

    @Override
    @Message("There is no such service point, or it is closed.")
    String staffServicePointNotFound();

    @Override
    @Message("No such person among the residents of your villages; check the ID number.")
    String staffNotFound();

    @Override
    @Message("This person is already listed in this session.")
    String staffDuplicate();

    @Override
    @Message("The session must be today or within the last {days} days.")
    String staffSessionDate(int days);

    @Override
    @Message("The sync token is not valid or not for this request; download the whole package again.")
    String errorSyncToken();

    // --- home visits

    @Override
    @Message("A home-visit request is already open; there is no need to ask again.")
    String visitAlreadyRequested();

    @Override
    @Message("clientId must be a UUID generated by the phone.")
    String visitClientIdInvalid();

    @Override
    @Message("This clientId is used by another request; generate a new one.")
    String visitClientIdTaken();

    @Override
    @Message("The note can be at most 500 characters.")
    String visitNoteTooLong();

    @Override
    @Message("The request can come from the resident or a relative only.")
    String visitRequesterInvalid();

    @Override
    @Message("No such resident or visit among the residents of your villages.")
    String visitNotFound();

    @Override
    @Message("This visit is already done or called off.")
    String visitClosed();

    @Override
    @Message("The visit day must be between today and 90 days from today.")
    String visitScheduledOnRange();

    @Override
    @Message("Give visitId, or residentId, reason and clientId for a new visit.")
    String visitScheduleTarget();

    @Override
    @Message("The visit time must be between a year ago and now.")
    String visitVisitedAtRange();

    @Override
    @Message("The position must be inside China: latitude 3.8 to 53.6, longitude 73.5 to 135.1.")
    String visitPosition();

    @Override
    @Message("At most 200 visits can be sent at once; send the rest in another batch.")
    String visitBatchTooLarge();

    @Override
    @Message("Stored, but not certified again: the person was certified meanwhile through another channel. An "
            + "administrator will review it.")
    String visitAlreadyCertified();

    @Override
    @Message("Stored, but not certified: {reason} An administrator will review it.")
    String visitNotCertified(String reason);

    // --- the pension calculator

    @Override
    @Message("Aged {age} or more (since {reachedOn}).")
    String eligibilityAgePass(int age, LocalDate reachedOn);

    @Override
    @Message("Not yet {age}; turns {age} on {reachedOn}.")
    String eligibilityAgeFail(int age, LocalDate reachedOn);

    @Override
    @Message("{years} contribution years; at least {required} are required.")
    String eligibilityYearsPass(int years, int required);

    @Override
    @Message("{years} contribution years; {missing} more are needed to reach the required {required} "
            + "(arrears may be paid).")
    String eligibilityYearsFail(int years, int missing, int required);

    @Override
    @Message("The scheme started here on {schemeStartedOn}, when you had less than 15 years left until 60, so only "
            + "{required} years are required.")
    String eligibilityYearsTransitional(LocalDate schemeStartedOn, int required);

    @Override
    @Message("Draws no other basic pension.")
    String eligibilityOtherPass();

    @Override
    @Message("Already draws the employees' basic pension, which excludes the residents' basic pension.")
    String eligibilityOtherFail();

    @Override
    @Message("Qualifies for the residents' basic pension, from {earliest} at the earliest.")
    String eligibilityQualified(LocalDate earliest);

    @Override
    @Message("Does not qualify yet; see each rule.")
    String eligibilityNotQualified();

    @Override
    @Message("Already draws the residents' basic pension.")
    String eligibilityAlreadyDrawing();

    // --- administration: service points, workers' villages, reviews

    @Override
    @Message("There is no such service point in your jurisdiction.")
    String pointNotFound();

    @Override
    @Message("A point must serve a village or community of your jurisdiction (a 12-digit code).")
    String pointAreaNotVillage();

    @Override
    @Message("The name must be 1 to {max} characters.")
    String pointNameLength(int max);

    @Override
    @Message("The address must be 1 to {max} characters.")
    String pointAddressLength(int max);

    @Override
    @Message("The phone must be a mainland mobile number (e.g. 13812345678) or a landline with its area code (e.g. 0354-8400002).")
    String pointPhone();

    @Override
    @Message("Write opening hours like \"Mon-Fri 08:30-12:00, 14:30-17:30\": each range ends after it starts and after the one before; groups are separated by ';'.")
    String pointOpeningHours();

    @Override
    @Message("The position must be in China: latitude 3.8 to 53.6, longitude 73.5 to 135.1.")
    String pointPosition();

    @Override
    @Message("This point is closed and can no longer be changed.")
    String pointClosed();

    @Override
    @Message("There is no such worker in your jurisdiction.")
    String assignWorkerNotFound();

    @Override
    @Message("This must be a village or community of your jurisdiction (a 12-digit code).")
    String assignVillageNotFound();

    @Override
    @Message("This village is already assigned to {worker}; set replaceCurrent to reassign it.")
    String assignVillageTaken(String worker);

    @Override
    @Message("This worker is no longer active and cannot be assigned.")
    String assignWorkerInactive();

    @Override
    @Message("There is no such resident in your jurisdiction.")
    String reviewResidentNotFound();

    @Override
    @Message("There is no death report of this resident waiting for review.")
    String reviewNoDeathReport();

    @Override
    @Message("The death has been confirmed; it can no longer be rejected.")
    String reviewDeathConfirmed();

    @Override
    @Message("This death report was rejected; if the person has died, the worker must report it again.")
    String reviewDeathRejected();

    @Override
    @Message("There is no such visit waiting for review in your jurisdiction.")
    String reviewVisitNotFound();

    @Override
    @Message("The note can be at most {max} characters.")
    String reviewNoteTooLong(int max);
}
