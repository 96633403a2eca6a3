package cn.civicservices.area;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("AreaLevel")
@Description("Level of an administrative division.")
public enum AreaLevel {
    @Description("省, 2-digit code.") PROVINCE(2),
    @Description("市, 4-digit code.") CITY(4),
    @Description("县/区, 6-digit code.") COUNTY(6),
    @Description("镇/乡/街道, 9-digit code.") TOWNSHIP(9),
    @Description("村/社区, 12-digit code.") VILLAGE(12);

    private final int codeLength;

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }
}
