package cn.civicservices.certification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CertificationSessionInput")
@Description("A centralized certification session (集中认证) held at a place on a day, with the people certified there.")
public class CertificationSessionInput {

    /** Most people one call records. */
    public static final int MAX_PEOPLE = 200;

    @NonNull
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "error.servicePointCode")
    @Description("Code of the service point where the session was held: 1 to 20 letters or digits.")
    public String servicePointCode;

    @NonNull
    @NotNull
    @Description("Day of the session: today or up to 30 days back.")
    public LocalDate heldOn;

    @NonNull
    @NotNull
    @Size(min = 1, max = MAX_PEOPLE)
    @Description("ID numbers of the people certified there, checked on their cards: 1 to 200.")
    public List<@NonNull @NotNull @Size(max = 18) String> idNumbers;
}
