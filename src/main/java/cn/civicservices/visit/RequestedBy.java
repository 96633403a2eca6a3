package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitRequester")
@Description("Who asked for the visit.")
public enum RequestedBy {
    @Description("The resident.") RESIDENT,
    @Description("A relative helping the resident.") RELATIVE,
    @Description("A community worker.") WORKER,
    @Description("The bureau.") ADMINISTRATOR
}
