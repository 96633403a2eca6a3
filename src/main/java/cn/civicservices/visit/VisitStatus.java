package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitStatus")
@Description("Where a home visit stands.")
public enum VisitStatus {
    @Description("Asked for; the worker has not fixed a date yet.") REQUESTED,
    @Description("The worker has fixed a date.") SCHEDULED,
    @Description("The visit took place; see its outcome.") DONE,
    @Description("Called off.") CANCELLED
}
