package cn.civicservices.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A bureau administrator, linked to a token by its subject and scoped to the area of {@link #areaCode}. */
@Entity(name = "Administrator")
@Table(name = "administrator")
public class AdministratorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(name = "login_subject", nullable = false)
    public String loginSubject;

    @Column(nullable = false)
    public boolean active;
}
