package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ServicePointUpdateInput")
@Description("Changes of an open service point of the administrator's jurisdiction: each field given replaces the "
        + "current value under the same rules as at creation; a field not given stays as it is.")
public class ServicePointUpdateInput {

    @NonNull
    @Description("Code of the point, e.g. SP140723100200.")
    public String code;

    @Description("Another village or community of the jurisdiction (12-digit code).")
    public String areaCode;

    @Description("Name, 1 to 120 characters.")
    public String name;

    @Description("Street address, 1 to 200 characters.")
    public String address;

    @Description("Contact phone: a mainland mobile number or a landline with its area code.")
    public String phone;

    @Description("Opening hours, as at creation.")
    public String openingHours;

    @Description("Latitude, 3.8 to 53.6; give it with the longitude.")
    public Double latitude;

    @Description("Longitude, 73.5 to 135.1; give it with the latitude.")
    public Double longitude;

    @Description("Whether it has a self-service kiosk.")
    public Boolean hasKiosk;

    @Description("What it offers, replacing the current list.")
    public List<@NonNull ServiceKind> services;
}
