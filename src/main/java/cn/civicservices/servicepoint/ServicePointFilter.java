package cn.civicservices.servicepoint;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ServicePointFilter")
@Description("Narrows a list of service points; all given conditions must hold.")
public class ServicePointFilter {

    @Description("Only points with (true) or without (false) a self-service kiosk.")
    public Boolean hasKiosk;

    @Size(max = 8)
    @Description("Only points that offer every one of these services (at most 8, one of each kind).")
    public List<@NonNull ServiceKind> offers;
}
