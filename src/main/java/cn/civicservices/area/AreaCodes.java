package cn.civicservices.area;

import java.util.ArrayList;
import java.util.List;

/** The structure of official division codes: each level extends its parent's code. */
public final class AreaCodes {

    /** Lengths of the codes of a province, city, county, township and village. */
    private static final int[] LEVEL_LENGTHS = { 2, 4, 6, 9, 12 };

    private AreaCodes() {
    }

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
}
