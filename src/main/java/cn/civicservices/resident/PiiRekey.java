package cn.civicservices.resident;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.civicservices.common.QuietRollbackGuard;

/**
 * Moves the stored ID numbers of older key versions to the current one: each row is decrypted with its own
 * version's key, hashed and encrypted again with the current version's keys, and written back only if it still
 * is as it was read. Works in small batches, each in its own short transaction, so it can run while the service
 * runs; running it twice, or twice at once, changes each row once.
 */
@ApplicationScoped
public class PiiRekey {

    private static final Logger LOG = Logger.getLogger(PiiRekey.class);

    /**
     * What a run did: rows moved to the target version, rows skipped because they changed since they were read
     * (another run, or a write of the service), rows left because their number is already stored under the
     * target version in another row (a duplicate person to look into), and the rows per version at the end.
     */
    public record Report(int targetVersion, long rekeyed, long skipped, long duplicates,
            Map<Integer, Long> rowsByVersion) {

        /** Rows still under a version other than the target. */
        public long remaining() {
            return rowsByVersion.entrySet().stream().filter(e -> e.getKey() != targetVersion)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return "ID-number keys: " + rekeyed + " rows moved to key version " + targetVersion + ", " + skipped
                    + " skipped (changed meanwhile), " + duplicates + " left as duplicates; rows by version now "
                    + rowsByVersion + ", " + remaining() + " not yet under version " + targetVersion;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PiiVault vault;

    public Report rekey(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        int target = vault.currentVersion();
        long afterId = 0;
        long[] counts = new long[3];
        while (true) {
            long from = afterId;
            List<Object[]> batch = QuietRollbackGuard.requiringNew(() -> rekeyBatch(from, batchSize, target,
                    counts));
            if (batch.isEmpty()) {
                break;
            }
            afterId = ((Number) batch.get(batch.size() - 1)[0]).longValue();
        }
        Report report = new Report(target, counts[0], counts[1], counts[2],
                QuietRollbackGuard.requiringNew(this::rowsByVersion));
        LOG.info(report);
        return report;
    }

    private List<Object[]> rekeyBatch(long afterId, int batchSize, int target, long[] counts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, id_number_enc, id_number_key_version from resident "
                + "where id > ?1 and id_number_key_version <> ?2 order by id limit ?3")
                .setParameter(1, afterId).setParameter(2, target).setParameter(3, batchSize).getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            byte[] enc = (byte[]) row[1];
            int version = ((Number) row[2]).intValue();
            IdNumber number = vault.decrypt(enc, version);
            byte[] hash = vault.hash(number, target);
            int updated = em.createNativeQuery("update resident set id_number_hash = ?1, id_number_enc = ?2, "
                    + "id_number_key_version = ?3 where id = ?4 and id_number_key_version = ?5 and id_number_enc = ?6 "
                    + "and not exists (select 1 from resident other where other.id_number_hash = ?1)")
                    .setParameter(1, hash).setParameter(2, vault.encrypt(number, target)).setParameter(3, target)
                    .setParameter(4, id).setParameter(5, version).setParameter(6, enc).executeUpdate();
            if (updated == 1) {
                counts[0]++;
            } else if (((Number) em.createNativeQuery("select count(*) from resident where id = ?1 "
                    + "and id_number_key_version = ?2 and id_number_enc = ?3").setParameter(1, id)
                    .setParameter(2, version).setParameter(3, enc).getSingleResult()).longValue() == 1) {
                counts[2]++;
                LOG.warnf("Resident %d is stored twice: its ID number is already stored under key version %d in "
                        + "another row; left under version %d", id, target, version);
            } else {
                counts[1]++;
            }
        }
        return rows;
    }

    private Map<Integer, Long> rowsByVersion() {
        Map<Integer, Long> byVersion = new TreeMap<>();
        for (Object row : em.createNativeQuery("select id_number_key_version, count(*) from resident "
                + "group by id_number_key_version").getResultList()) {
            Object[] columns = (Object[]) row;
            byVersion.put(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue());
        }
        return byVersion;
    }
}
