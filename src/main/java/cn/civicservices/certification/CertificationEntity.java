package cn.civicservices.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity(name = "Certification")
@Table(name = "certification")
public class CertificationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "benefit_id", nullable = false)
    public Long benefitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "certified_at", nullable = false)
    public OffsetDateTime certifiedAt;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false)
    public EvidenceType evidenceType;

    @Column(name = "evidence_ref")
    public String evidenceRef;

    @Column(name = "campaign_id")
    public Long campaignId;

    @Column(name = "service_point_id")
    public Long servicePointId;

    @Column(name = "worker_id")
    public Long workerId;

    @Column(name = "home_visit_id")
    public Long homeVisitId;
}
