package cn.civicservices.servicepoint;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ServicePointErrorCode")
@Description("Why a change of a service point was refused.")
public enum ServicePointErrorCode {
    @Description("No such service point in the administrator's jurisdiction (one outside it reads exactly like none).")
    NOT_FOUND,
    @Description("The area is not a village or community (12-digit code) of the administrator's jurisdiction.")
    AREA_NOT_A_VILLAGE,
    @Description("The name is empty or longer than 120 characters.")
    NAME_LENGTH,
    @Description("The address is empty or longer than 200 characters.")
    ADDRESS_LENGTH,
    @Description("The phone is neither a mainland mobile number (11 digits, 1[3-9]...) nor a landline with its area "
            + "code (0 + 2 or 3 digits, an optional hyphen, 7 or 8 digits).")
    PHONE_FORMAT,
    @Description("The opening hours cannot be read: time ranges HH:MM-HH:MM separated by commas, each ending after it "
            + "starts and after the one before, optionally after a label of days; groups separated by ';'.")
    OPENING_HOURS_FORMAT,
    @Description("The position is outside China (latitude 3.8 to 53.6, longitude 73.5 to 135.1).")
    POSITION_OUT_OF_RANGE,
    @Description("The point is closed; a closed point is not changed.")
    POINT_CLOSED
}
