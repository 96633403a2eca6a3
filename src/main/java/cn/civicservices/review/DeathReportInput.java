package cn.civicservices.review;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeathReportInput")
@Description("The resident whose reported death is decided, as listed by reviewQueue.")
public class DeathReportInput {

    @Id
    @NonNull
    @Description("The resident's id.")
    public String residentId;
}
