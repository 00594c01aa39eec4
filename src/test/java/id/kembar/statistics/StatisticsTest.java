package id.kembar.statistics;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    @Inject
    SessionFactory sessionFactory;

    private String tag;

    /**
     * Three partnerships of this test: a sister province of West Java (32) with China, in force, with a stalled
     * agriculture program without budget (two obstacles) and a completed tourism program; a sister city of Bandung
     * (32.73) with Japan at the letter-of-intent stage; a friendship of Surabaya (35.78) with China, exploring.
     */
    @BeforeEach
    void threePartnerships() {
        tag = unique("Stats");
        String jabar = Fixtures.province(tag + " jabar", "32");
        String bandung = Fixtures.city(tag + " bandung", "32.73");
        String surabaya = Fixtures.city(tag + " surabaya", "35.78");
        String first = create(
                "/api/v1/partnerships",
                body(
                        "title",
                        tag + " one",
                        "type",
                        "SISTER_PROVINCE",
                        "localGovernmentId",
                        jabar,
                        "partnerId",
                        foreignGovernment(tag + " gd", "CN", "PROVINCE")));
        String second = create(
                "/api/v1/partnerships",
                body(
                        "title",
                        tag + " two",
                        "type",
                        "SISTER_CITY",
                        "localGovernmentId",
                        bandung,
                        "partnerId",
                        foreignGovernment(tag + " jp", "JP", "CITY")));
        create(
                "/api/v1/partnerships",
                body(
                        "title",
                        tag + " three",
                        "type",
                        "FRIENDSHIP",
                        "localGovernmentId",
                        surabaya,
                        "partnerId",
                        foreignGovernment(tag + " cn", "CN", "CITY")));
        create(
                "/api/v1/partnerships/" + first + "/milestones",
                body("type", "AGREEMENT_SIGNED", "title", "MoU", "status", "ACHIEVED", "occurrenceDate", "2024-05"));
        create(
                "/api/v1/partnerships/" + second + "/milestones",
                body("type", "LETTER_OF_INTENT", "title", "LoI", "status", "ACHIEVED"));
        create(
                "/api/v1/partnerships/" + first + "/sector-programs",
                body(
                        "sector",
                        "AGRICULTURE",
                        "title",
                        "Rice",
                        "status",
                        "STALLED",
                        "obstacles",
                        List.of("NO_BUDGET", "CLIMATE_OR_GEOGRAPHY")));
        create(
                "/api/v1/partnerships/" + first + "/sector-programs",
                body(
                        "sector",
                        "TOURISM",
                        "title",
                        "Promotion",
                        "status",
                        "COMPLETED",
                        "budget",
                        Map.of("amount", "100000000", "currency", "IDR")));
    }

    private ValidatableResponse statistics(String filters) {
        return given().get("/api/v1/statistics?q=" + tag + filters).then().statusCode(200);
    }

    @Test
    void countsEverythingTheFiltersMatch() {
        statistics("")
                .body("partnerships", equalTo(3))
                .body("sectorPrograms", equalTo(2))
                .body("milestones", equalTo(2))
                .body("partnershipsByStage.AGREEMENT_IN_FORCE", equalTo(1))
                .body("partnershipsByStage.LETTER_OF_INTENT", equalTo(1))
                .body("partnershipsByStage.EXPLORATION", equalTo(1))
                .body("partnershipsByStage.TERMINATED", equalTo(0))
                .body("partnershipsByType.SISTER_PROVINCE", equalTo(1))
                .body("partnershipsByType.SISTER_CITY", equalTo(1))
                .body("partnershipsByType.FRIENDSHIP", equalTo(1))
                .body("partnershipsByType.INSTITUTIONAL", equalTo(0))
                .body("partnershipsByPartnerCountry", equalTo(Map.of("CN", 2, "JP", 1)))
                .body("partnershipsByLocalProvince", equalTo(Map.of("32", 2, "35", 1)))
                .body("programsBySector.AGRICULTURE", equalTo(1))
                .body("programsBySector.TOURISM", equalTo(1))
                .body("programsBySector.HEALTH", equalTo(0))
                .body("programsByStatus.STALLED", equalTo(1))
                .body("programsByStatus.COMPLETED", equalTo(1))
                .body("programsByObstacle.NO_BUDGET", equalTo(1))
                .body("programsByObstacle.CLIMATE_OR_GEOGRAPHY", equalTo(1))
                .body("programsByObstacle.COMMUNICATION", equalTo(0))
                .body("partnershipsByFinding.NO_BUDGET", equalTo(1))
                .body("partnershipsByFinding.PROGRAMS_NOT_IMPLEMENTED", equalTo(1))
                .body("partnershipsByFinding.OVERDUE_MILESTONE", equalTo(0));
    }

    @Test
    void provincesAndCountriesAreNamedBesideTheirCodes() {
        statistics("")
                .header("Content-Language", "en")
                .body("localProvinces.code", contains("32", "35"))
                .body("localProvinces.name", contains("Jawa Barat", "Jawa Timur"))
                .body("localProvinces.partnerships", contains(2, 1))
                .body("partnerCountries.code", contains("CN", "JP"))
                .body("partnerCountries.name", contains("China", "Japan"))
                .body("partnerCountries.partnerships", contains(2, 1));
        given().header("Accept-Language", "id")
                .get("/api/v1/statistics?q=" + tag)
                .then()
                .statusCode(200)
                .header("Content-Language", "id")
                .body("partnerCountries.name", contains("Tiongkok", "Jepang"))
                .body("localProvinces.name", contains("Jawa Barat", "Jawa Timur"));
    }

    @Test
    void everyValueOfEveryCodeListIsThereEvenWhenZero() {
        ValidatableResponse response = statistics("&partnerCountry=DE").body("partnerships", equalTo(0));
        Map<String, Object> body = response.extract().jsonPath().getMap("$");
        assertThat((Map<?, ?>) body.get("partnershipsByStage"), aMapWithSize(8));
        assertThat((Map<?, ?>) body.get("programsBySector"), aMapWithSize(15));
        assertThat((Map<?, ?>) body.get("partnershipsByFinding"), aMapWithSize(9));
        assertThat((Map<?, ?>) body.get("partnershipsByPartnerCountry"), aMapWithSize(0));
    }

    @Test
    void takesThePartnershipListsFilters() {
        statistics("&localRegionCode=32")
                .body("partnerships", equalTo(2))
                .body("partnershipsByLocalProvince", equalTo(Map.of("32", 2)))
                .body("sectorPrograms", equalTo(2));
        statistics("&localRegionCode=32.73").body("partnerships", equalTo(1));
        statistics("&partnerCountry=CN")
                .body("partnerships", equalTo(2))
                .body("partnershipsByPartnerCountry", equalTo(Map.of("CN", 2)));
        statistics("&stage=EXPLORATION&stage=LETTER_OF_INTENT")
                .body("partnerships", equalTo(2))
                .body("sectorPrograms", equalTo(0));
        statistics("&finding=NO_BUDGET").body("partnerships", equalTo(1)).body("sectorPrograms", equalTo(2));
        statistics("&type=SISTER_CITY")
                .body("partnershipsByType.SISTER_CITY", equalTo(1))
                .body("partnershipsByType.SISTER_PROVINCE", equalTo(0));
    }

    @Test
    void badFiltersAre400() {
        invalid(given().get("/api/v1/statistics?stage=SIGNED").then(), "stage");
        invalid(given().get("/api/v1/statistics?finding=LATE").then(), "finding");
        invalid(given().get("/api/v1/statistics?localRegionCode=3").then(), "localRegionCode");
        invalid(given().get("/api/v1/statistics?page=1").then(), "page");
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheData() {
        String bigTag = unique("StatsMany");
        String local = Fixtures.city(bigTag + " kota", "33.74");
        for (int i = 0; i < 8; i++) {
            String partnership = Fixtures.partnership(local, foreignGovernment(bigTag + " " + i, "KR", "CITY"));
            create(
                    "/api/v1/partnerships/" + partnership + "/sector-programs",
                    body(
                            "sector",
                            "CULTURE",
                            "title",
                            "Festival",
                            "status",
                            "STALLED",
                            "obstacles",
                            List.of("COMMUNICATION")));
        }
        long few = statements("/api/v1/statistics?q=" + tag);
        long many = statements("/api/v1/statistics?localRegionCode=33.74");
        assertThat("statements for 8 partnerships vs 3", many, equalTo(few));
    }

    private long statements(String url) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        given().get(url).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }
}
