package cn.civicservices.resident;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity(name = "Resident")
@Table(name = "resident")
public class ResidentEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "id_number_hash", nullable = false)
    public byte[] idNumberHash;

    @Column(name = "id_number_enc", nullable = false)
    public byte[] idNumberEnc;

    /** Version of the keys that made {@link #idNumberHash} and {@link #idNumberEnc}; see {@link PiiVault}. */
    @Column(name = "id_number_key_version", nullable = false)
    public short idNumberKeyVersion;

    @Column(name = "id_number_mask", nullable = false)
    public String idNumberMask;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    public String phone;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    public String address;

    @Column(name = "lives_alone", nullable = false)
    public boolean livesAlone;

    @Column(nullable = false)
    public boolean bedridden;

    @Column(name = "deceased_on")
    public LocalDate deceasedOn;

    /** A death reported by a worker and not yet confirmed or rejected by an administrator. */
    @Column(name = "death_reported_on")
    public LocalDate deathReportedOn;

    @Column(name = "login_subject")
    public String loginSubject;

    /** Dead, or reported dead: nobody may certify in this person's name until an administrator says otherwise. */
    public boolean deceasedOrReported() {
        return deceasedOn != null || deathReportedOn != null;
    }
}
