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
    DECEASED
}
