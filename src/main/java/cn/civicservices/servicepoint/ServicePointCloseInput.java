package cn.civicservices.servicepoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ServicePointCloseInput")
@Description("A service point to close.")
public class ServicePointCloseInput {

    @NonNull
    @Description("Code of the point, e.g. SP140723100200.")
    public String code;
}
