package cn.civicservices.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity(name = "HomeVisit")
@Table(name = "home_visit")
public class HomeVisitEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "resident_id", nullable = false)
    public Long residentId;

    @Column(name = "worker_id")
    public Long workerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false)
    public RequestedBy requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VisitStatus status;

    @Column(name = "scheduled_on")
    public LocalDate scheduledOn;

    @Enumerated(EnumType.STRING)
    public VisitOutcome outcome;

    public String notes;

    @Column(name = "visited_at")
    public OffsetDateTime visitedAt;

    public Double latitude;

    public Double longitude;

    /** The id the worker's phone generated for the record of this visit's outcome; a resent record finds it. */
    @Column(name = "record_client_id")
    public UUID recordClientId;

    /** The worker's note when scheduling. */
    @Column(name = "schedule_note")
    public String scheduleNote;

    /** The worker's note on the outcome, or why the visit was called off. */
    @Column(name = "outcome_note")
    public String outcomeNote;

    /** Stored as the worker recorded it, but waiting for an administrator's review; see {@link #reviewReason}. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_reason")
    public ReviewReason reviewReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOpen() {
        return status == VisitStatus.REQUESTED || status == VisitStatus.SCHEDULED;
    }
}
