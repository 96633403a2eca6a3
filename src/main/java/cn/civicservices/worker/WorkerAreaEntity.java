package cn.civicservices.worker;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity(name = "WorkerArea")
@Table(name = "worker_area")
@IdClass(WorkerAreaEntity.Key.class)
public class WorkerAreaEntity extends PanacheEntityBase {

    @Id
    @Column(name = "worker_id")
    public Long workerId;

    @Id
    @Column(name = "area_code")
    public String areaCode;

    /** Composite key: one row per worker and area. */
    public static class Key implements Serializable {
        public Long workerId;
        public String areaCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(workerId, k.workerId)
                    && java.util.Objects.equals(areaCode, k.areaCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(workerId, areaCode);
        }
    }
}
