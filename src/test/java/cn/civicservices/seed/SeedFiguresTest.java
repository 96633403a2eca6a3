package cn.civicservices.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The seed dataset reproduces the published figures of Heshun county, read back from the database. */
@QuarkusTest
class SeedFiguresTest {

    @Inject
    Fixtures db;

    @Test
    void heshunHasItsRealTownshipsAndVillagesAnd192ServicePoints() {
        assertEquals(1, db.count("select count(*) from area where code = '140723' and name = '和顺县' and parent_code = '1407'"));
        assertEquals(9, db.count("select count(*) from area where level = 'TOWNSHIP' and parent_code = '140723'"));
        assertEquals(183, db.count("select count(*) from area where level = 'VILLAGE' and code like '140723%'"));
        assertEquals(192, db.count("select count(*) from service_point where area_code like '140723%' and active"));
    }

    @Test
    void theCampaignCertified3008PensionersByChannelAsPublished() {
        String byChannel = "select count(*) from certification c join certification_campaign k on k.id = c.campaign_id "
                + "where k.code = 'HS-2026' and c.channel = ?1";
        assertEquals(1331, db.count(byChannel, "SELF_SERVICE"));
        assertEquals(414, db.count(byChannel, "ASSISTED"));
        assertEquals(1210, db.count(byChannel, "CENTRALIZED"));
        assertEquals(53, db.count(byChannel, "HOME_VISIT"));
        assertEquals(3008, db.count("select count(distinct b.resident_id) from certification c "
                + "join pension_benefit b on b.id = c.benefit_id join certification_campaign k on k.id = c.campaign_id "
                + "where k.code = 'HS-2026'"));
        assertEquals(53, db.count("select count(*) from certification c join home_visit v on v.id = c.home_visit_id "
                + "where c.channel = 'HOME_VISIT' and v.status = 'DONE' and v.outcome = 'CERTIFIED' and c.campaign_id is not null"));
    }

    @Test
    void idNumbersAreStoredOnlyHashedEncryptedAndMasked() {
        assertEquals(0, db.count("select count(*) from information_schema.columns where table_name = 'resident' "
                + "and column_name = 'id_number'"));
        assertEquals(0, db.count("select count(*) from resident where id_number_mask !~ '^[0-9]{4}[*]{10}[0-9]{3}[0-9X]$'"));
        assertEquals("140723196104187406", db.idNumberOf(1));
    }
}
