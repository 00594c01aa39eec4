package id.kembar.finding;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.KeptValuesAssert.assertTotalAgrees;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import id.kembar.support.ProgramFixtures;
import id.kembar.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's check finds every kind of kept value that disagrees with its records, and the repair puts each
 * right. The disagreements are made the only way they can arise: by writing the tables behind the service's back.
 */
@QuarkusTest
class ConsistencyCheckTest {

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void repaired() {
        given().post("/api/v1/consistency/repairs").then().statusCode(200);
        assertKeptValuesAgree();
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        Sql.execute(dataSource, statement, parameters);
    }

    private static List<String> disagreeing(String partnership) {
        return given().get("/api/v1/consistency")
                .then()
                .statusCode(200)
                .extract()
                .path("disagreements.findAll { it.partnershipId == '" + partnership + "' }.value");
    }

    @Test
    void findsAndRepairsEveryKindOfKeptValue() throws SQLException {
        String p = ProgramFixtures.partnershipIn("34.71", "TV");
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2016-11-18");
        program(p, "status", "STALLED", "obstacles", List.of("NO_BUDGET"));
        UUID id = UUID.fromString(p);
        assertKeptValuesAgree();

        sql("update partnership set stage = 'TERMINATED' where id = ?", id);
        sql("update kept_facts set quiet_since = date '2001-01-01', milestones = 7 where partnership_id = ?", id);
        sql("delete from current_finding where partnership_id = ? and code = 'NO_BUDGET'", id);
        sql("update partnership set local_province = '99' where id = ?", id);
        // shard 0 holds a row only once a partnership of that shard was written: make sure there is one to corrupt
        sql("insert into tally (scope, measure, shard, n) values ('*', 'partnerships', 0, 0) on conflict do nothing");
        sql("update tally set n = n + 5 where scope = '*' and measure = 'partnerships' and shard = 0");
        sql("insert into tally (scope, measure, shard, n) values ('country:TV', 'stage:TERMINATED', 0, 0) "
                + "on conflict do nothing");
        sql("update tally set n = n + 1 where scope = 'country:TV' and measure = 'stage:TERMINATED' and shard = 0");

        assertThat(disagreeing(p), hasItems("stage", "quietSince", "milestones", "findings", "localProvince", "tally"));
        List<String> counts = given().get("/api/v1/consistency")
                .then()
                .extract()
                .path("disagreements.findAll { it.partnershipId == null }.value");
        assertThat(counts, hasItems("tally * partnerships", "tally country:TV stage:TERMINATED"));
        // what the service shows meanwhile comes from the wrong kept values
        assertThat(given().get("/api/v1/partnerships/" + p).then().extract().path("stage"), equalTo("TERMINATED"));

        given().post("/api/v1/consistency/repairs")
                .then()
                .statusCode(200)
                .body("repaired", equalTo(true))
                .body("disagreements.value", hasItem("quietSince"));
        assertKeptValuesAgree();
        assertThat(
                given().get("/api/v1/partnerships/" + p).then().extract().path("stage"), equalTo("AGREEMENT_IN_FORCE"));
        assertThat(
                given().get("/api/v1/findings?code=NO_BUDGET&partnershipId=" + p)
                        .then()
                        .extract()
                        .path("totalItems"),
                equalTo(1));
        given().post("/api/v1/consistency/repairs")
                .then()
                .statusCode(200)
                .body("repaired", equalTo(false))
                .body("disagreements.size()", equalTo(0));
    }

    @Test
    void findsAndRepairsWordRowsWhoseSortKeyIsNotTheirItems() throws SQLException {
        String p = ProgramFixtures.partnershipIn("34.71", "TV");
        String m = milestone(p, "title", "Angklung festival", "occurrenceDate", "2019-08");
        sql("update milestone_word set timeline_date = date '1901-01-01' where milestone_id = ?", UUID.fromString(m));
        sql("update partnership_word set title_key = 'zzz' where partnership_id = ?", UUID.fromString(p));

        List<String> copies = given().get("/api/v1/consistency")
                .then()
                .extract()
                .path("disagreements.findAll { it.partnershipId == null }.value");
        assertThat(copies, hasItems("wordOrderKeys MILESTONE", "wordOrderKeys PARTNERSHIP"));

        given().post("/api/v1/consistency/repairs").then().statusCode(200).body("repaired", equalTo(true));
        assertKeptValuesAgree();
        assertThat(
                given().get("/api/v1/milestones?q=angklung festival")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"),
                equalTo(m));
    }

    @Test
    void findsAndRepairsTheActorsCounts() throws SQLException {
        actor("NGO", unique("Trust"), "WS");
        province(unique("Provinsi"), "52");
        sql("update actor_count set n = n + 3 where country = 'WS' and kind = 'NGO'");
        sql("delete from actor_count where country = 'ID'");

        // the list's total comes from the kept counts: it shows the wrong one until the repair
        int kept = given().get("/api/v1/actors?country=WS").then().extract().path("totalItems");
        int counted = given().get("/api/v1/actors?country=WS&updatedSince=2000-01-01T00:00:00Z")
                .then()
                .extract()
                .path("totalItems");
        assertThat(kept, equalTo(counted + 3));
        List<String> counts = given().get("/api/v1/consistency")
                .then()
                .extract()
                .path("disagreements.findAll { it.partnershipId == null }.value");
        assertThat(counts, hasItems("actorCount WS NGO", "actorCount ID GOVERNMENT"));

        given().post("/api/v1/consistency/repairs").then().statusCode(200).body("repaired", equalTo(true));
        assertKeptValuesAgree();
        assertTotalAgrees("/api/v1/actors", "country=WS", 1);
        assertTotalAgrees("/api/v1/actors", "country=ID&kind=GOVERNMENT", 1);
    }

    @Test
    void findsAPartnershipWhoseValuesWereNeverKept() throws SQLException {
        String p = ProgramFixtures.partnershipIn("35.78", "TV");
        sql("delete from kept_facts where partnership_id = ?", UUID.fromString(p));
        assertThat(disagreeing(p), hasItem("keptFacts"));
    }
}
