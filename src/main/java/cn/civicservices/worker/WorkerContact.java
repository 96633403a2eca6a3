package cn.civicservices.worker;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkerContact")
@Description("How to reach a community worker (协理员).")
public record WorkerContact(@Description("Name.") @NonNull String name,
        @Description("Phone.") @NonNull String phone) {

    public static WorkerContact of(WorkerEntity e) {
        return e == null ? null : new WorkerContact(e.name, e.phone);
    }
}
