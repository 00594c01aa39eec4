package id.kembar.reference;

import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Indonesian that reads as Indonesian ({@code docs/glossary.md}): one term per concept in the code lists' labels and
 * the findings' messages alike, and no code inside a message.
 */
@QuarkusTest
class GlossaryTest {

    /** Every Indonesian title and label of every code list, with where it is; and every code. */
    private static Map<String, String> indonesianTexts(Set<String> codes) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        List<String> names = given().get("/api/v1/reference")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        for (String name : names) {
            Map<String, Object> list = given().get("/api/v1/reference/" + name)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("$");
            texts.put(name, (String) list.get("indonesianTitle"));
            for (Object item : (List<?>) list.get("codes")) {
                Map<?, ?> code = (Map<?, ?>) item;
                texts.put(name + "." + code.get("code"), (String) code.get("indonesianLabel"));
                codes.add((String) code.get("code"));
            }
        }
        return texts;
    }

    private static boolean says(String text, String term) {
        return (" " + text.toLowerCase(Locale.ROOT) + " ").matches("(?s).*[^\\p{L}]" + term + "[^\\p{L}].*");
    }

    @Test
    void theCodeListsUseOneTermPerConcept() {
        List<String> wrong = new ArrayList<>();
        indonesianTexts(new HashSet<>()).forEach((where, text) -> {
            // a milestone is a "tonggak"; "tahapan" is the partnership's stage
            if (says(text, "tahapan") && !where.startsWith("partnership-stages")) {
                wrong.add(where + ": " + text);
            }
            if (where.startsWith("milestone-") && !where.contains(".") && !says(text, "tonggak")) {
                wrong.add(where + " does not say tonggak: " + text);
            }
            for (String avoided : List.of("kemitraan", "hambatan")) {
                if (says(text, avoided)) {
                    wrong.add(where + ": " + text);
                }
            }
        });
        assertThat(wrong, empty());
    }

    @Test
    void indonesianFindingMessagesNameStatusesAndObstaclesByTheirLabels() {
        Set<String> codes = new HashSet<>();
        Map<String, String> labels = indonesianTexts(codes);
        String partnership = Fixtures.partnership();
        program(
                partnership,
                "title",
                "Budidaya ikan sidat",
                "status",
                "CANCELLED",
                "obstacles",
                List.of("CLIMATE_OR_GEOGRAPHY", "POLICY_MISMATCH"));
        milestone(partnership, "type", "VISIT", "status", "PLANNED", "targetDate", "2020-03");
        List<String> messages = given().header("Accept-Language", "id")
                .queryParam("asOf", "2026-11-22")
                .get("/api/v1/partnerships/" + partnership + "/assessment")
                .then()
                .statusCode(200)
                .extract()
                .path("findings.message");
        // the cancelled program and the overdue visit
        assertThat(messages, hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        List<String> wrong = new ArrayList<>();
        for (String message : messages) {
            for (String code : codes) {
                if (code.length() > 2 && message.contains(code)) {
                    wrong.add(code + " in: " + message);
                }
            }
            if (says(message, "tahapan") || says(message, "kemitraan")) {
                wrong.add(message);
            }
        }
        assertThat(wrong, empty());
        String notImplemented = messages.stream()
                .filter(m -> m.contains("Budidaya ikan sidat"))
                .findFirst()
                .orElseThrow();
        assertThat(notImplemented, containsString(labels.get("program-statuses.CANCELLED")));
        assertThat(notImplemented, containsString(labels.get("obstacles.POLICY_MISMATCH")));
        assertThat(messages.stream().anyMatch(m -> says(m, "tonggak")), org.hamcrest.Matchers.equalTo(true));
    }
}
