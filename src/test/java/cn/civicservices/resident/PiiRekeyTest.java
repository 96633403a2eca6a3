package cn.civicservices.resident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.CivicServicesMain;
import cn.civicservices.certification.FaceCheckDevSigner;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The tests run with two key versions, 2 current (see application.properties): a row written under version 1
 * before the switch is still found, read and matched; pii-rekey moves it to version 2, once.
 */
@QuarkusTest
class PiiRekeyTest {

    @Inject
    Fixtures db;

    @Inject
    PiiVault vault;

    @Inject
    PiiRekey rekey;

    @Inject
    CivicServicesMain main;

    @Inject
    FaceCheckDevSigner signer;

    @Inject
    Clock clock;

    @Test
    void aRowOfTheOlderVersionIsUsableThenMovedToTheCurrentVersionOnce() {
        assertEquals(2, vault.currentVersion());
        long resident = db.resident("tester2", LocalDate.of(1948, 3, 4), false, 1);
        db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", new BigDecimal("4000"), 0),
                "URBAN_RURAL_RESIDENT", null);
        String idNumber = db.idNumberOf(resident);
        assertEquals(1, keyVersion(resident));
        assertUsable(resident, idNumber);

        PiiRekey.Report first = rekey.rekey(2);
        assertTrue(first.rekeyed() >= 1, first.toString());
        assertEquals(0, first.remaining(), first.toString());
        assertEquals(2, keyVersion(resident));
        assertArrayEquals(vault.hash(IdNumber.parse(idNumber), 2), stored(resident, "id_number_hash"));
        assertUsable(resident, idNumber);

        byte[] hash = stored(resident, "id_number_hash");
        byte[] enc = stored(resident, "id_number_enc");
        PiiRekey.Report second = rekey.rekey(2);
        assertEquals(0, second.rekeyed(), second.toString());
        assertArrayEquals(hash, stored(resident, "id_number_hash"));
        assertArrayEquals(enc, stored(resident, "id_number_enc"));
        assertEquals(0, main.run("pii-rekey", "50"), "the command reports success when nothing is left");
        assertEquals(2, main.run("pii-rekey", "none"));
    }

    @Test
    void twoRunsAtOnceMoveEachRowOnce() throws Exception {
        for (int i = 0; i < 7; i++) {
            db.resident("rekey-" + i, LocalDate.of(1950 + i, 1, 1), false, 1);
        }
        long older = db.count("select count(*) from resident where id_number_key_version <> 2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PiiRekey.Report> a = pool.submit(() -> rekey.rekey(2));
            Future<PiiRekey.Report> b = pool.submit(() -> rekey.rekey(2));
            PiiRekey.Report ra = a.get();
            PiiRekey.Report rb = b.get();
            assertEquals(older, ra.rekeyed() + rb.rekeyed(), ra + " / " + rb);
            assertEquals(0, ra.duplicates() + rb.duplicates());
        } finally {
            pool.shutdown();
        }
        assertEquals(0, db.count("select count(*) from resident where id_number_key_version <> 2"));
    }

    /** Found by staff by number, shown in full to its owner, matched by a face-check result. */
    private void assertUsable(long resident, String idNumber) {
        JsonPath found = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", idNumber).post();
        assertEquals(IdNumber.parse(idNumber).masked(), found.getString("data.residentByIdNumber.idNumberMasked"),
                String.valueOf(found.prettify()));
        JsonPath own = Gql.doc("pensionStatus").as("tester2").post();
        assertEquals(idNumber, own.getString("data.myPensionStatus.resident.idNumber"), own.prettify());
        String result = signer.sign(idNumber, "MATCH", UUID.randomUUID().toString(), clock.instant(),
                Duration.ofMinutes(10));
        assertEquals(List.of(), Gql.doc("faceCheck").as("tester2").var("result", result).post()
                .getList("data.certificationSubmitFaceCheck.userErrors"));
    }

    private long keyVersion(long resident) {
        return db.count("select id_number_key_version from resident where id = ?1", resident);
    }

    private byte[] stored(long resident, String column) {
        return db.bytes("select " + column + " from resident where id = ?1", resident);
    }
}
