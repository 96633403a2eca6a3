package cn.civicservices.area;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Messages;

/** Shape checks of official division codes. */
public final class AreaCodes {

    private AreaCodes() {
    }

    /** Returns the code when it has the shape of a division code, or refuses it as bad input. */
    public static String requireWellFormed(String code) {
        if (code == null || !code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw ApiException.badInput(Messages.get("error.areaCode", code));
        }
        return code;
    }
}
