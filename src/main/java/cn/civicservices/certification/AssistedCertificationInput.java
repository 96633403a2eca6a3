package cn.civicservices.certification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CertificationAssistInput")
@Description("A person certified at a service-point window by staff who checked the ID card.")
public class AssistedCertificationInput {

    @NonNull
    @NotNull
    @Size(max = 18)
    @Description("The 18-character ID number on the card.")
    public String idNumber;

    @NonNull
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "error.servicePointCode")
    @Description("Code of the service point where it happens: 1 to 20 letters or digits.")
    public String servicePointCode;

    @NonNull
    @NotNull
    @Description("The staff checked the ID card against the person in front of them; must be true.")
    public Boolean idCardChecked;
}
