package id.kembar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataTest.EmptyDatabase.class)
class DemoDataTest {

    /** Demo data enabled, on a fresh database of its own: the loader finds it empty at start-up. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("kembar-demo", "kembar.demo-data.enabled", "true");
        }
    }

    private static final List<String> COLLECTIONS =
            List.of("actors", "partnerships", "sector-programs", "milestones", "participants");

    @Inject
    DemoData demoData;

    private static ValidatableResponse get(String pathAndQuery) {
        return given().when().get("/api/v1/" + pathAndQuery).then().statusCode(200);
    }

    private static int total(String collection) {
        return get(collection).extract().path("totalItems");
    }

    private static String partnershipOf(String localRegionCode) {
        return get("partnerships?localRegionCode=" + localRegionCode)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
    }

    @Test
    void loadsTheFiveSeedPartnershipsAtStartUp() {
        get("partnerships").body("totalItems", equalTo(5));
        // the real codes, which the reference lists name: Mataram's province, Tangerang Selatan, Bogor, Padang, NTT
        assertPartnership("52", "Nusa Tenggara Barat", "SISTER_PROVINCE", "CN", "CN-ZJ", "Zhejiang Sheng");
        assertPartnership("36.74", "Kota Tangerang Selatan", "FRIENDSHIP", "KR", "KR-30", "Daejeon-gwangyeoksi");
        assertPartnership("32.71", "Kota Bogor", "FRIENDSHIP", "JP", "JP-12", "Chiba");
        assertPartnership("13.71", "Kota Padang", "SISTER_CITY", "DE", "DE-NI", "Niedersachsen");
        assertPartnership("53", "Nusa Tenggara Timur", "SISTER_PROVINCE", "CN", "CN-JX", "Jiangxi Sheng");
        get("actors?regionCodeKnown=false").body("totalItems", equalTo(0));
    }

    private static void assertPartnership(
            String localRegionCode,
            String localRegionName,
            String type,
            String country,
            String partnerRegion,
            String partnerRegionName) {
        get("partnerships?localRegionCode=" + localRegionCode)
                .body("items", hasSize(1))
                .body("items[0].type", equalTo(type))
                .body("items[0].localGovernment.regionCode", equalTo(localRegionCode))
                .body("items[0].localGovernment.regionName", equalTo(localRegionName))
                .body("items[0].partner.country", equalTo(country))
                .body("items[0].partner.regionCode", equalTo(partnerRegion))
                .body("items[0].partner.regionName", equalTo(partnerRegionName))
                .body("items[0].validUntil", nullValue());
    }

    @Test
    void actorsHangUnderTheirGovernments() {
        get("actors?parentId=" + get("actors?regionCode=52").extract().path("items[0].id"))
                .body("items.kind", containsInAnyOrder("AGENCY", "LEGISLATURE"));
        get("actors?q=Bima")
                .body("items[0].kind", equalTo("PERSON"))
                .body("items[0].parent.regionCode", equalTo("32.71"));
        get("actors?kind=MINISTRY")
                .body(
                        "items.name",
                        containsInAnyOrder(
                                "Kementerian Lingkungan Hidup dan Kehutanan Republik Indonesia",
                                "Kementerian Luar Negeri Republik Indonesia"));
    }

    @Test
    void datesKeepThePrecisionTheSeedsGive() {
        get("partnerships?localRegionCode=52").body("items[0].validFrom", equalTo("2015"));
        get("partnerships?localRegionCode=36.74").body("items[0].validFrom", equalTo("2016"));
        get("partnerships?localRegionCode=32.71").body("items[0].validFrom", equalTo("2016-11-18"));
        get("milestones?localRegionCode=32.71&type=MINUTES_OF_MEETING")
                .body("items.occurrenceDate", containsInAnyOrder("2016-10-06"));
        get("milestones?localRegionCode=32.71&type=AGREEMENT_SIGNED")
                .body("items.occurrenceDate", containsInAnyOrder("2016-11-18"));
        get("milestones?localRegionCode=52&type=AGREEMENT_SIGNED")
                .body("items.occurrenceDate", containsInAnyOrder("2015"));
    }

    @Test
    void theEarly2026TargetIsStoredAsMarchWithTheSeedsWords() {
        get("milestones?localRegionCode=53&status=PLANNED")
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("AGREEMENT_SIGNED"))
                .body("items[0].targetDate", equalTo("2026-03"))
                .body("items[0].occurrenceDate", nullValue())
                .body("items[0].description", containsString("ditargetkan rampung pada awal tahun 2026"))
                .body("items[0].actors.name", hasItem("Kementerian Luar Negeri Republik Indonesia"));
    }

    @Test
    void milestonesTheSeedsDoNotDateHaveNoDate() {
        get("milestones?localRegionCode=13.71")
                .body("items.type", containsInAnyOrder("AGREEMENT_SIGNED", "MEETING", "AGREEMENT_RENEWED"))
                .body("items.status", everyItem(equalTo("ACHIEVED")))
                .body("items.occurrenceDate", everyItem(nullValue()))
                .body("items.targetDate", everyItem(nullValue()));
        get("milestones?localRegionCode=52&type=LETTER_OF_INTENT&type=LEGISLATIVE_APPROVAL")
                .body("items", hasSize(2))
                .body("items.occurrenceDate", everyItem(nullValue()));
    }

    @Test
    void sidesAreSetOnlyWhereTheSeedsSayWhere() {
        get("milestones?side=PARTNER").body("items.type", containsInAnyOrder("INITIAL_CONTACT", "VISIT", "VISIT"));
        String exchange = get("sector-programs?localRegionCode=36.74&status=COMPLETED")
                .body("items", hasSize(1))
                .body("items[0].sector", equalTo("HUMAN_RESOURCES"))
                .body("items[0].side", equalTo("LOCAL"))
                .extract()
                .path("items[0].id");
        get("milestones?side=LOCAL")
                .body("items", hasSize(1))
                .body("items[0].type", equalTo("ACTIVITY"))
                .body("items[0].sectorProgramId", equalTo(exchange));
    }

    @Test
    void programsCarryTheirStatusesAndObstacles() {
        get("sector-programs?localRegionCode=32.71&status=CANCELLED")
                .body("items.title", containsInAnyOrder("Blueberry farming", "Eel farming"))
                .body("items.obstacles", everyItem(hasItem("CLIMATE_OR_GEOGRAPHY")))
                .body("items.find { it.title == 'Blueberry farming' }.obstacles", hasItem("POLICY_MISMATCH"));
        get("sector-programs?localRegionCode=32.71&status=IN_PROGRESS")
                .body("items.sector", containsInAnyOrder("EDUCATION", "CULTURE", "TOURISM", "HEALTH"));
        get("sector-programs?localRegionCode=52")
                .body("totalItems", equalTo(7))
                .body("items.status", everyItem(equalTo("STALLED")))
                .body("items.obstacles", everyItem(hasItems("NO_FOLLOW_UP", "NO_BUDGET")))
                .body("items.budget", everyItem(nullValue()))
                .body("items.leadAgencyId", everyItem(nullValue()));
        get("sector-programs?localRegionCode=36.74&status=STALLED")
                .body("items.sector", containsInAnyOrder("CREATIVE_ECONOMY", "AGRICULTURE", "TECHNOLOGY"));
        get("sector-programs?localRegionCode=53")
                .body("items.status", everyItem(equalTo("PROPOSED")))
                .body(
                        "items.sector",
                        containsInAnyOrder(
                                "AGRICULTURE", "FISHERIES_AND_MARINE", "TOURISM", "INVESTMENT", "TECHNOLOGY"));
        get("sector-programs?hasBudget=true").body("totalItems", equalTo(0));
    }

    @Test
    void participantsNameWhoSignedInitiatedCoordinatedAndApproved() {
        get("participants?role=APPROVER&partnershipId=" + partnershipOf("52"))
                .body(
                        "items.actor.name",
                        containsInAnyOrder("Dewan Perwakilan Rakyat Daerah Provinsi Nusa Tenggara Barat"));
        get("participants?role=COORDINATOR&partnershipId=" + partnershipOf("52"))
                .body(
                        "items.actor.name",
                        containsInAnyOrder("Biro Administrasi Kerjasama Provinsi Nusa Tenggara Barat"));
        get("participants?role=INITIATOR&partnershipId=" + partnershipOf("32.71"))
                .body("items.actor.kind", containsInAnyOrder("MINISTRY"));
        get("participants?role=FACILITATOR&partnershipId=" + partnershipOf("36.74"))
                .body("items.actor.name", containsInAnyOrder("World Technopolis Association"));
        get("participants?role=APPROVER&partnershipId=" + partnershipOf("53"))
                .body("items.actor.name", containsInAnyOrder("Kementerian Luar Negeri Republik Indonesia"));
        for (String region : List.of("52", "36.74", "32.71", "13.71", "53")) {
            get("participants?role=SIGNATORY&partnershipId=" + partnershipOf(region))
                    .body("items", hasSize(2));
        }
    }

    @Test
    void loadingAgainIntoTheNowFilledDatabaseAddsNothing() {
        List<Integer> before = COLLECTIONS.stream().map(DemoDataTest::total).toList();
        assertThat(demoData.loadIfEmpty(), is(false));
        assertThat(COLLECTIONS.stream().map(DemoDataTest::total).toList(), equalTo(before));
        assertThat(before, equalTo(List.of(20, 5, 26, 17, 20)));
    }
}
