package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ServicePointFilter")
@Description("Narrows a list of service points; all given conditions must hold.")
public class ServicePointFilter {

    @Description("Only points with (true) or without (false) a self-service kiosk.")
    public Boolean hasKiosk;

    @Description("Only points that offer every one of these services.")
    public List<@NonNull ServiceKind> offers;
}
