package cn.civicservices.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CertificationErrorCode")
@Description("Why a certification was refused.")
public enum CertificationErrorCode {
    @Description("A required value is missing or blank.")
    REQUIRED,
    @Description("The face-check result is not signed by the trusted identity verification service.")
    FACE_CHECK_SIGNATURE_INVALID,
    @Description("The face-check result has expired; do the face check again.")
    FACE_CHECK_EXPIRED,
    @Description("The face-check result was already used once.")
    FACE_CHECK_REPLAYED,
    @Description("The face-check result is for another person.")
    FACE_CHECK_NOT_YOURS,
    @Description("The face check did not match; ask for a home visit and a worker will come.")
    FACE_CHECK_NOT_MATCHED,
    @Description("There is no pension benefit that needs certification.")
    NOTHING_TO_CERTIFY,
    @Description("The person is recorded or reported as deceased; only an administrator's review can change that.")
    DECEASED,
    @Description("No such person among the residents the worker covers.")
    NOT_FOUND,
    @Description("The ID number is malformed: 17 digits and a check character, with a real birth date.")
    ID_NUMBER_INVALID,
    @Description("No active service point has this code.")
    SERVICE_POINT_NOT_FOUND,
    @Description("The staff must check the person's ID card before certifying.")
    ID_CARD_NOT_CHECKED,
    @Description("The same person appears twice in one session.")
    DUPLICATE,
    @Description("The day is outside the range allowed; the message says which.")
    DATE_OUT_OF_RANGE
}
