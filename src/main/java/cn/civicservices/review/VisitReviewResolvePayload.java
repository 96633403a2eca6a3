package cn.civicservices.review;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("VisitReviewResolvePayload")
@Description("The visit taken off the review queue, or why not. Resolving it again answers the same.")
public record VisitReviewResolvePayload(
        @Id @Description("The visit; null when refused.") String visitId,
        @Description("When it was reviewed.") OffsetDateTime reviewedAt,
        @Description("Why nothing changed; empty when the review was recorded (now or before).")
        @NonNull List<@NonNull ReviewError> userErrors) {

    static VisitReviewResolvePayload refused(ReviewError error) {
        return new VisitReviewResolvePayload(null, null, List.of(error));
    }
}
