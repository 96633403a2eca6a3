package cn.civicservices.admin;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.area.Area;

@Type("AdministratorProfile")
@Description("The calling administrator and the area they answer for: every admin operation sees only this area "
        + "and what lies inside it.")
public record AdministratorProfile(
        @Description("The administrator's name.") @NonNull String name,
        @Description("The jurisdiction: a province, city, county or township.") @NonNull Area jurisdiction) {
}
