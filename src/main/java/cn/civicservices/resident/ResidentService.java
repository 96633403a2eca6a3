package cn.civicservices.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Messages;

@ApplicationScoped
public class ResidentService {

    @Inject
    PiiVault vault;

    @Inject
    Clock clock;

    public ResidentEntity require(long residentId) {
        ResidentEntity resident = ResidentEntity.findById(residentId);
        if (resident == null) {
            throw ApiException.notFound(Messages.get("noun.resident"), residentId);
        }
        return resident;
    }

    /** The profile as its owner sees it (with the full ID number) or as anyone else does (masked only). */
    public ResidentProfile profile(ResidentEntity r, boolean owner) {
        String full = owner ? vault.decrypt(r.idNumberEnc).value() : null;
        return new ResidentProfile(r.name, full, r.idNumberMask, r.gender, r.birthDate,
                Period.between(r.birthDate, LocalDate.now(clock)).getYears(), r.areaCode);
    }
}
