package cn.civicservices.resident;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaService;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Caller;
import cn.civicservices.common.Role;
import cn.civicservices.common.ValidatedInput;

@GraphQLApi
@ValidatedInput
public class ResidentGraphQLApi {

    @Inject
    AreaService areas;

    @Inject
    ResidentService residents;

    @Inject
    Caller caller;

    @Query("residentByIdNumber")
    @Description("Staff lookup of a resident by the 18-character ID number, shown masked. A worker finds the "
            + "residents of their villages, an administrator anyone; otherwise NOT_FOUND. Worker or admin token.")
    public @NonNull ResidentProfile residentByIdNumber(@Name("idNumber") @NonNull @ResidentIdNumber
            @Description("The 18-character resident ID number (17 digits and a check digit or X), of someone born "
                    + "between 1900-01-01 and today.") String idNumber) {
        caller.requireAuthenticated();
        if (!caller.hasRole(Role.WORKER) && !caller.hasRole(Role.ADMIN)) {
            throw ApiException.forbidden();
        }
        return residents.findByIdNumber(idNumber);
    }

    @Description("The village or community the resident lives in.")
    public List<Area> area(@Source List<ResidentProfile> residents) {
        Map<String, Area> byCode = areas.byCodes(residents.stream().map(ResidentProfile::areaCode).toList());
        return residents.stream().map(r -> byCode.get(r.areaCode())).toList();
    }
}
