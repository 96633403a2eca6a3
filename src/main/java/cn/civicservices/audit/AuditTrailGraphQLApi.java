package cn.civicservices.audit;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;

/** Who read or changed whose personal data: the audit trail of the administrator's jurisdiction. */
@GraphQLApi
@ValidatedInput
public class AuditTrailGraphQLApi {

    @Inject
    Caller caller;

    @Inject
    AuditTrailService service;

    @Inject
    GraphQLLimits limits;

    @Query("auditTrail")
    @Description("Who read or changed which resident's data, when and through which operation: the records about "
            + "the people of the caller's jurisdiction (and the caller's own records about nobody in particular), "
            + "newest first, forward paging only. Filter by person, actor, operation and time. Reading the trail is "
            + "itself audited (operation READ_AUDIT_TRAIL). Admin token.")
    public @NonNull AuditEntryConnection auditTrail(
            @Name("filter") @Valid @Description("Which records; all when not given.") AuditTrailFilter filter,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after) {
        var jurisdiction = caller.requireAdmin();
        return service.trail(jurisdiction, caller.subject(), filter,
                PageRequest.of(first, after, null, null, limits));
    }

    @Description("How many records match, across all pages (a count over them: ask only when needed).")
    public @NonNull int totalCount(@Source AuditEntryConnection connection) {
        return service.count(connection.query());
    }
}
