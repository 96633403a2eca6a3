package cn.civicservices.certification;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CertificationChannel")
@Description("How a pensioner was certified.")
public enum Channel {
    @Description("By the person's own face check in the app or at a kiosk (自助认证).")
    SELF_SERVICE,
    @Description("With the help of staff at a service window (协助认证).")
    ASSISTED,
    @Description("At a certification session held in the village (集中认证).")
    CENTRALIZED,
    @Description("By a worker at the person's home (上门认证).")
    HOME_VISIT,
    @Description("Silently, from other records such as a hospital visit (静默认证).")
    DATA_COMPARISON,
    @Description("With the help of family; the pensioner was still verified in person.")
    PROXY
}
