package cn.civicservices.servicepoint;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.area.AreaEntity;
import cn.civicservices.area.AreaLevel;
import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.Caller;
import cn.civicservices.common.ChinaBounds;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An administrator creates, changes and closes the service points of the villages of their jurisdiction. Every
 * field is checked and every field at fault reported; every change is kept with the point as it was before and
 * after ({@code service_point_change}) and named in the audit log, in the transaction of the change. A closed point
 * leaves the public lists and searches at once (they show active points only). A point outside the jurisdiction
 * answers exactly like a point that does not exist.
 */
@ApplicationScoped
public class ServicePointManagement {

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 200;
    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional
    public ServicePointPayload create(Jurisdiction jurisdiction, ServicePointCreateInput in) {
        List<ServicePointError> errors = new ArrayList<>();
        checkArea(jurisdiction, in.areaCode, errors);
        checkName(in.name, errors);
        checkAddress(in.address, errors);
        checkPhone(in.phone, errors);
        checkOpeningHours(in.openingHours, errors);
        checkPosition(in.latitude, in.longitude, errors);
        if (!errors.isEmpty()) {
            return ServicePointPayload.refused(errors);
        }
        String[] services = services(in.services);
        Long id = null;
        for (int n = 0; id == null && n < 100; n++) {
            String code = "SP" + in.areaCode + (n == 0 ? "" : String.format("%02d", n));
            List<?> inserted = em.createNativeQuery("insert into service_point (code, name, area_code, address, phone, "
                    + "opening_hours, latitude, longitude, has_kiosk, services, active, created_at) values (?1, ?2, ?3, "
                    + "?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as varchar(32)[]), true, ?11) "
                    + "on conflict (code) do nothing returning id")
                    .setParameter(1, code).setParameter(2, in.name.strip()).setParameter(3, in.areaCode)
                    .setParameter(4, in.address.strip()).setParameter(5, in.phone.strip())
                    .setParameter(6, in.openingHours.strip()).setParameter(7, in.latitude)
                    .setParameter(8, in.longitude).setParameter(9, in.hasKiosk)
                    .setParameter(10, "{" + String.join(",", services) + "}")
                    .setParameter(11, OffsetDateTime.now(clock)).getResultList();
            id = inserted.isEmpty() ? null : ((Number) inserted.get(0)).longValue();
        }
        if (id == null) {
            return ServicePointPayload.refused(List.of(error(ServicePointErrorCode.AREA_NOT_A_VILLAGE,
                    Msg::pointAreaNotVillage, "input", "areaCode")));
        }
        ServicePointEntity created = ServicePointEntity.findById(id);
        record(created, "CREATED", null);
        return new ServicePointPayload(ServicePoint.of(created), List.of());
    }

    @Transactional
    public ServicePointPayload update(Jurisdiction jurisdiction, ServicePointUpdateInput in) {
        ServicePointEntity point = lockInJurisdiction(jurisdiction, in.code);
        if (point == null) {
            return notFound();
        }
        if (!point.active) {
            return ServicePointPayload.refused(List.of(error(ServicePointErrorCode.POINT_CLOSED, Msg::pointClosed,
                    "input", "code")));
        }
        List<ServicePointError> errors = new ArrayList<>();
        if (in.areaCode != null) {
            checkArea(jurisdiction, in.areaCode, errors);
        }
        if (in.name != null) {
            checkName(in.name, errors);
        }
        if (in.address != null) {
            checkAddress(in.address, errors);
        }
        if (in.phone != null) {
            checkPhone(in.phone, errors);
        }
        if (in.openingHours != null) {
            checkOpeningHours(in.openingHours, errors);
        }
        if (in.latitude != null || in.longitude != null) {
            checkPosition(in.latitude, in.longitude, errors);
        }
        if (!errors.isEmpty()) {
            return ServicePointPayload.refused(errors);
        }
        JsonObject before = state(point);
        if (in.areaCode != null) {
            point.areaCode = in.areaCode;
        }
        if (in.name != null) {
            point.name = in.name.strip();
        }
        if (in.address != null) {
            point.address = in.address.strip();
        }
        if (in.phone != null) {
            point.phone = in.phone.strip();
        }
        if (in.openingHours != null) {
            point.openingHours = in.openingHours.strip();
        }
        if (in.latitude != null) {
            point.latitude = in.latitude;
            point.longitude = in.longitude;
        }
        if (in.hasKiosk != null) {
            point.hasKiosk = in.hasKiosk;
        }
        if (in.services != null) {
            point.services = services(in.services);
        }
        if (!state(point).equals(before)) {
            em.flush();
            record(point, "UPDATED", before);
        }
        return new ServicePointPayload(ServicePoint.of(point), List.of());
    }

    /** Closes a point; closing a closed point again changes nothing and answers the same. */
    @Transactional
    public ServicePointPayload close(Jurisdiction jurisdiction, ServicePointCloseInput in) {
        ServicePointEntity point = lockInJurisdiction(jurisdiction, in.code);
        if (point == null) {
            return notFound();
        }
        if (point.active) {
            JsonObject before = state(point);
            point.active = false;
            em.flush();
            record(point, "CLOSED", before);
        }
        return new ServicePointPayload(ServicePoint.of(point), List.of());
    }

    /** The point of this code, locked against concurrent change, or null when it does not exist for this jurisdiction. */
    private ServicePointEntity lockInJurisdiction(Jurisdiction jurisdiction, String code) {
        if (code == null || code.length() > 32) {
            return null;
        }
        ServicePointEntity point = ServicePointEntity.<ServicePointEntity> find("code", code.strip())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        return point != null && jurisdiction.covers(point.areaCode) ? point : null;
    }

    private void record(ServicePointEntity point, String action, JsonObject before) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Number change = (Number) em.createNativeQuery("insert into service_point_change (service_point_id, at, actor, "
                + "action, before_state, after_state) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb)) "
                + "returning id")
                .setParameter(1, point.id).setParameter(2, now).setParameter(3, caller.subject())
                .setParameter(4, action).setParameter(5, before == null ? null : before.encode())
                .setParameter(6, state(point).encode()).getSingleResult();
        audit.record("SERVICE_POINT_" + action, null, "point " + point.code + ", change " + change
                + " (before and after in service_point_change)");
    }

    /** The point's fields as kept before and after a change. */
    static JsonObject state(ServicePointEntity p) {
        return new JsonObject().put("code", p.code).put("name", p.name).put("areaCode", p.areaCode)
                .put("address", p.address).put("phone", p.phone).put("openingHours", p.openingHours)
                .put("latitude", p.latitude).put("longitude", p.longitude).put("hasKiosk", p.hasKiosk)
                .put("services", new JsonArray(List.of((Object[]) p.services))).put("active", p.active);
    }

    // --- checks: each adds its error, so that every field at fault is named at once

    private void checkArea(Jurisdiction jurisdiction, String code, List<ServicePointError> errors) {
        AreaEntity area = code != null && code.matches("[0-9]{12}") && jurisdiction.covers(code)
                ? AreaEntity.findById(code) : null;
        if (area == null || area.level != AreaLevel.VILLAGE) {
            errors.add(error(ServicePointErrorCode.AREA_NOT_A_VILLAGE, Msg::pointAreaNotVillage, "input", "areaCode"));
        }
    }

    private static void checkName(String name, List<ServicePointError> errors) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            errors.add(ServicePointError.of(ServicePointErrorCode.NAME_LENGTH, Messages.msg().pointNameLength(MAX_NAME),
                    "input", "name"));
        }
    }

    private static void checkAddress(String address, List<ServicePointError> errors) {
        if (address == null || address.isBlank() || address.strip().length() > MAX_ADDRESS) {
            errors.add(ServicePointError.of(ServicePointErrorCode.ADDRESS_LENGTH,
                    Messages.msg().pointAddressLength(MAX_ADDRESS), "input", "address"));
        }
    }

    static boolean validPhone(String phone) {
        String p = phone == null ? "" : phone.strip();
        return MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches();
    }

    private static void checkPhone(String phone, List<ServicePointError> errors) {
        if (!validPhone(phone)) {
            errors.add(error(ServicePointErrorCode.PHONE_FORMAT, Msg::pointPhone, "input", "phone"));
        }
    }

    private static void checkOpeningHours(String hours, List<ServicePointError> errors) {
        if (!OpeningHours.readable(hours)) {
            errors.add(error(ServicePointErrorCode.OPENING_HOURS_FORMAT, Msg::pointOpeningHours, "input",
                    "openingHours"));
        }
    }

    private static void checkPosition(Double latitude, Double longitude, List<ServicePointError> errors) {
        if (!ChinaBounds.latitude(latitude)) {
            errors.add(error(ServicePointErrorCode.POSITION_OUT_OF_RANGE, Msg::pointPosition, "input", "latitude"));
        }
        if (!ChinaBounds.longitude(longitude)) {
            errors.add(error(ServicePointErrorCode.POSITION_OUT_OF_RANGE, Msg::pointPosition, "input", "longitude"));
        }
    }

    private static String[] services(List<ServiceKind> kinds) {
        return kinds == null ? new String[0]
                : kinds.stream().filter(Objects::nonNull).distinct().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static ServicePointPayload notFound() {
        return ServicePointPayload.refused(List.of(error(ServicePointErrorCode.NOT_FOUND, Msg::pointNotFound,
                "input", "code")));
    }

    private static ServicePointError error(ServicePointErrorCode code, java.util.function.Function<Msg, String> message,
            String... field) {
        return ServicePointError.of(code, message.apply(Messages.msg()), field);
    }
}
