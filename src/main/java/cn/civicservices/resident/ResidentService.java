package cn.civicservices.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Caller;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Role;
import cn.civicservices.worker.WorkerDirectory;

@ApplicationScoped
public class ResidentService {

    @Inject
    PiiVault vault;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    WorkerDirectory workers;

    public ResidentEntity require(long residentId) {
        ResidentEntity resident = ResidentEntity.findById(residentId);
        if (resident == null) {
            throw ApiException.notFound(Messages.msg().nounResident(), residentId);
        }
        return resident;
    }

    /** The resident with this ID number, under whichever key version the row was written. */
    public Optional<ResidentEntity> byIdNumber(IdNumber number) {
        return ResidentEntity.<ResidentEntity> find("idNumberHash in ?1", vault.lookupHashes(number)).firstResultOptional();
    }

    /** The profile as its owner sees it (with the full ID number) or as anyone else does (masked only). */
    public ResidentProfile profile(ResidentEntity r, boolean owner) {
        String full = owner ? vault.decrypt(r.idNumberEnc, r.idNumberKeyVersion).value() : null;
        return new ResidentProfile(r.name, full, r.idNumberMask, r.gender, r.birthDate,
                Period.between(r.birthDate, LocalDate.now(clock)).getYears(), r.areaCode);
    }

    /**
     * Staff lookup by ID number (a valid one: see {@link ResidentIdNumber}): a worker finds residents of the
     * villages they serve, an administrator anyone. Anyone else, and anything outside the caller's reach, gets
     * the answer of a number nobody has.
     */
    @Transactional
    public ResidentProfile findByIdNumber(String raw) {
        IdNumber number = IdNumber.parse(raw.trim());
        // Under whichever key version the row was written.
        ResidentEntity resident = ResidentEntity.find("idNumberHash in ?1", vault.lookupHashes(number)).firstResult();
        if (resident == null || !mayRead(resident)) {
            throw ApiException.notFound(Messages.msg().nounResident(), number.masked());
        }
        audit.record("READ_RESIDENT_BY_ID_NUMBER", resident.id, null);
        return profile(resident, false);
    }

    private boolean mayRead(ResidentEntity resident) {
        if (caller.hasRole(Role.ADMIN)) {
            return true;
        }
        return workers.covers(caller.requireWorker(), resident.areaCode);
    }
}
