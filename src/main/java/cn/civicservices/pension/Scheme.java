package cn.civicservices.pension;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PensionScheme")
@Description("Pension scheme.")
public enum Scheme {
    @Description("Urban and rural residents' basic pension insurance (城乡居民基本养老保险).")
    URBAN_RURAL_RESIDENT,
    @Description("Urban employees' basic pension insurance (城镇职工基本养老保险).")
    URBAN_EMPLOYEE
}
