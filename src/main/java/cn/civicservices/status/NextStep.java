package cn.civicservices.status;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.servicepoint.ServicePoint;
import cn.civicservices.visit.HomeVisit;
import cn.civicservices.worker.WorkerContact;

@Type("NextStep")
@Description("What to do next, in plain words, and whom to contact.")
public record NextStep(
        @Description("The action the app should offer.") @NonNull NextStepAction action,
        @Description("What to do, in the person's language, with the contacts spelled out.") @NonNull String message,
        @Description("The service point of the person's village.") ServicePoint servicePoint,
        @Description("The community worker of the person's village.") WorkerContact worker,
        @Description("The open home visit, if one is requested or scheduled.") HomeVisit homeVisit) {
}
