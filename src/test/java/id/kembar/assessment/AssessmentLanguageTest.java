package id.kembar.assessment;

import static id.kembar.support.FindingFixtures.assessmentOf;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Findings' messages are in English (the default) or Indonesian, chosen by {@code Accept-Language} with its q-values,
 * and {@code Content-Language} says which; in the assessment and in the findings list alike.
 */
@QuarkusTest
class AssessmentLanguageTest {

    private static final String ASSESSED_ON = "2026-11-22";
    private static final List<String> ENGLISH = List.of(
            "Programs stalled or cancelled (1): \"Urban farming\" (Stalled: No follow-up).",
            "2 of 2 activities took place on our side (reciprocity balance 1.00).");
    private static final List<String> INDONESIAN = List.of(
            "Program yang terhenti atau dibatalkan (1): \"Urban farming\" (Terhenti: Tidak ada tindak lanjut).",
            "2 dari 2 kegiatan berlangsung di sisi kita (keseimbangan timbal balik 1,00).");

    private String partnership;

    @BeforeEach
    void stalledProgramAndActivitiesOnOurSide() {
        partnership = Fixtures.partnership();
        program(
                partnership,
                "title",
                "Urban farming",
                "status",
                "STALLED",
                "obstacles",
                List.of("NO_FOLLOW_UP"),
                "budget",
                Map.of("amount", "1", "currency", "IDR"),
                "leadAgencyId",
                Fixtures.actor("AGENCY", Fixtures.unique("Dinas"), "ID"));
        milestone(partnership, "type", "VISIT", "side", "LOCAL");
        milestone(partnership, "type", "ACTIVITY", "side", "LOCAL");
    }

    private static RequestSpecification accepting(String acceptLanguage) {
        RequestSpecification request = given();
        return acceptLanguage == null ? request : request.header("Accept-Language", acceptLanguage);
    }

    private void answersIn(String acceptLanguage, String contentLanguage, List<String> messages) {
        accepting(acceptLanguage)
                .queryParam("asOf", ASSESSED_ON)
                .when()
                .get(assessmentOf(partnership))
                .then()
                .statusCode(200)
                .header("Content-Language", contentLanguage)
                .body("findings.message", containsInAnyOrder(messages.toArray()));
        accepting(acceptLanguage)
                .queryParam("partnershipId", partnership)
                .when()
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .header("Content-Language", contentLanguage)
                .body("items.message", containsInAnyOrder(messages.toArray()));
    }

    @Test
    void englishByDefault() {
        answersIn(null, "en", ENGLISH);
    }

    @Test
    void englishWhenAsked() {
        answersIn("en", "en", ENGLISH);
        answersIn("en-GB", "en", ENGLISH);
    }

    @Test
    void englishForALanguageWeDoNotWrite() {
        answersIn("fr", "en", ENGLISH);
        answersIn("*", "en", ENGLISH);
    }

    @Test
    void indonesianWhenAskedWithOrWithoutARegion() {
        answersIn("id", "id", INDONESIAN);
        answersIn("id-ID", "id", INDONESIAN);
        answersIn("in", "id", INDONESIAN);
    }

    @Test
    void theFirstLanguageWeWriteInTheClientsOrderOfPreference() {
        answersIn("fr;q=0.9, id;q=0.8", "id", INDONESIAN);
        answersIn("en;q=0.5, id", "id", INDONESIAN);
        answersIn("id;q=0.4, en;q=0.6", "en", ENGLISH);
    }

    @Test
    void aLanguageTheClientRefusesIsNotChosen() {
        // q=0 means "not acceptable" (RFC 9110 12.4.2)
        answersIn("id;q=0, fr", "en", ENGLISH);
    }

    @Test
    void stableFieldsDoNotDependOnTheLanguage() {
        for (String language : List.of("en", "id")) {
            given().header("Accept-Language", language)
                    .queryParam("asOf", ASSESSED_ON)
                    .when()
                    .get(assessmentOf(partnership))
                    .then()
                    .statusCode(200)
                    .body("findings.code", containsInAnyOrder("PROGRAMS_NOT_IMPLEMENTED", "ONE_SIDED"))
                    .body("findings.severity", containsInAnyOrder("WARNING", "INFO"))
                    .body("findings[0].code", equalTo("PROGRAMS_NOT_IMPLEMENTED"));
        }
    }
}
