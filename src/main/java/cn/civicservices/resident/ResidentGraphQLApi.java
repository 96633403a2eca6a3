package cn.civicservices.resident;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaService;

@GraphQLApi
public class ResidentGraphQLApi {

    @Inject
    AreaService areas;

    @Description("The village or community the resident lives in.")
    public List<Area> area(@Source List<ResidentProfile> residents) {
        Map<String, Area> byCode = areas.byCodes(residents.stream().map(ResidentProfile::areaCode).toList());
        return residents.stream().map(r -> byCode.get(r.areaCode())).toList();
    }
}
