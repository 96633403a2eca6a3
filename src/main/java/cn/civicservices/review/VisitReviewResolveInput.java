package cn.civicservices.review;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("VisitReviewResolveInput")
@Description("A flagged visit the administrator has looked at.")
public class VisitReviewResolveInput {

    @Id
    @NonNull
    @Description("The visit, as listed by reviewQueue.")
    public String visitId;

    @Description("What the administrator found or did, at most 500 characters.")
    public String note;
}
