package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitRecordStatus")
@Description("What became of one record of a visit.")
public enum SyncStatus {
    @Description("Stored now.") CREATED,
    @Description("Stored before, from an earlier send of the same clientId; nothing changed.") ALREADY_RECEIVED,
    @Description("Not stored; the error says why.") REFUSED
}
