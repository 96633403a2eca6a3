package cn.civicservices.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("UserErrorCode")
@Description("Machine-readable reasons a mutation was refused.")
public enum UserErrorCode {
    @Description("A required value is missing or blank.")
    REQUIRED,
    @Description("A value has the wrong shape or is out of range.")
    INVALID,
    @Description("The face-check result is not signed by the trusted identity verification service.")
    FACE_CHECK_SIGNATURE_INVALID,
    @Description("The face-check result has expired; do the face check again.")
    FACE_CHECK_EXPIRED,
    @Description("The face-check result was already used once.")
    FACE_CHECK_REPLAYED,
    @Description("The face-check result is for another person.")
    FACE_CHECK_NOT_YOURS,
    @Description("The face check did not match; ask for help and a worker will visit.")
    FACE_CHECK_NOT_MATCHED,
    @Description("There is no pension benefit that needs certification.")
    NOTHING_TO_CERTIFY,
    @Description("An open home-visit request already exists; it is returned instead.")
    ALREADY_REQUESTED
}
