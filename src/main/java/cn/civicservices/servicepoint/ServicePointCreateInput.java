package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ServicePointCreateInput")
@Description("A new service point of a village of the administrator's jurisdiction. Each field is checked; every "
        + "field at fault is named in userErrors.")
public class ServicePointCreateInput {

    @NonNull
    @Description("The village or community it serves: a 12-digit code inside the administrator's jurisdiction.")
    public String areaCode;

    @NonNull
    @Description("Name, 1 to 120 characters, e.g. 东仁村就业社保服务站.")
    public String name;

    @NonNull
    @Description("Street address, 1 to 200 characters.")
    public String address;

    @NonNull
    @Description("Contact phone: a mainland mobile number (13812345678) or a landline with its area code "
            + "(0354-8400002).")
    public String phone;

    @NonNull
    @Description("Opening hours as shown on the door: time ranges HH:MM-HH:MM separated by commas, optionally after a "
            + "label of days; groups separated by ';'. E.g. 周一至周五 08:30-12:00, 14:30-17:30; 周六 09:00-12:00. "
            + "At most 200 characters.")
    public String openingHours;

    @NonNull
    @Description("Latitude, WGS-84 degrees, 3.8 to 53.6 (China).")
    public Double latitude;

    @NonNull
    @Description("Longitude, WGS-84 degrees, 73.5 to 135.1 (China).")
    public Double longitude;

    @DefaultValue("false")
    @Description("Whether it has a self-service kiosk (村村通自助机).")
    public boolean hasKiosk;

    @Description("What it offers (each kind once; duplicates are ignored). None when not given.")
    public List<@NonNull ServiceKind> services;
}
