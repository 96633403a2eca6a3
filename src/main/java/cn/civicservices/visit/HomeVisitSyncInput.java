package cn.civicservices.visit;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import cn.civicservices.common.ConstraintMessages;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HomeVisitSyncInput")
@Description("Visits logged offline, sent together when the phone has network.")
public class HomeVisitSyncInput {

    static final int MAX_VISITS = 200;

    @NonNull
    @NotNull
    @Size(max = MAX_VISITS, message = ConstraintMessages.VISIT_BATCH)
    @Description("At most 200 records, in any order; records sent before are recognised by their clientId. Each is "
            + "checked and stored on its own: a refused one never holds back the others.")
    public List<@NonNull HomeVisitRecordInput> visits;
}
