package cn.civicservices.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CertificationEvidence")
@Description("What proved that the pensioner is alive and entitled.")
public enum EvidenceType {
    @Description("A signed face-check result of the identity verification service.")
    FACE_CHECK,
    @Description("Seen in person by staff or a worker.")
    IN_PERSON,
    @Description("A recent hospital record.")
    HOSPITAL_RECORD,
    @Description("A recent transport record.")
    TRANSPORT_RECORD,
    @Description("Another official record.")
    OTHER_RECORD
}
