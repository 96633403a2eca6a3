package cn.civicservices.area;

import java.util.ArrayList;
import java.util.List;

import cn.civicservices.common.ApiException;
import cn.civicservices.common.Messages;

/** Shape checks of official division codes. */
public final class AreaCodes {

    private AreaCodes() {
    }

    /** Lengths of the codes of a province, city, county, township and village. */
    private static final int[] LEVEL_LENGTHS = { 2, 4, 6, 9, 12 };

    /** The code itself and the codes of every area that contains it, most specific first. */
    public static List<String> selfAndAncestors(String code) {
        List<String> codes = new ArrayList<>(LEVEL_LENGTHS.length);
        for (int i = LEVEL_LENGTHS.length - 1; i >= 0; i--) {
            if (LEVEL_LENGTHS[i] <= code.length()) {
                codes.add(code.substring(0, LEVEL_LENGTHS[i]));
            }
        }
        return codes;
    }

    /** Returns the code when it has the shape of a division code, or refuses it as bad input. */
    public static String requireWellFormed(String code) {
        if (code == null || !code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}")) {
            throw ApiException.badInput(Messages.get("error.areaCode", code));
        }
        return code;
    }
}
