package cn.civicservices.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CertificationSubmitFaceCheckInput")
@Description("The result of a face check done with the identity verification service.")
public class FaceCheckCertificationInput {

    @NonNull
    @Description("The signed result exactly as the identity verification service returned it.")
    public String faceCheckResult;
}
