package cn.civicservices.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.civicservices.area.AreaService;

@ApplicationScoped
public class AdministratorService {

    @Inject
    AreaService areas;

    public AdministratorProfile profile(Jurisdiction jurisdiction) {
        AdministratorEntity admin = AdministratorEntity.findById(jurisdiction.administratorId());
        return new AdministratorProfile(admin.name, areas.get(jurisdiction.areaCode()));
    }
}
