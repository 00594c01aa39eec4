package id.kembar.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;

import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipStage;
import id.kembar.support.Fixtures;
import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes at {@code /q/metrics}: requests per route template and status class, the connection pool,
 * the JVM, and Kembar's own gauges, which follow the registry at their interval and agree with the statistics.
 */
@QuarkusTest
@TestProfile(MetricsTest.GaugesEverySecond.class)
class MetricsTest {

    public static class GaugesEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-metrics", "quarkus.scheduler.enabled", "true", "kembar.metrics.refresh-every", "1s");
        }
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})? (\\S+)$");

    @Test
    void requestsAreCountedPerRouteTemplateAndStatusClass() throws InterruptedException {
        String first = Fixtures.partnership();
        String second = Fixtures.partnership();
        given().get("/api/v1/partnerships/" + first).then().statusCode(200);
        given().get("/api/v1/partnerships/" + second).then().statusCode(200);
        given().get("/api/v1/partnerships/" + UUID.randomUUID()).then().statusCode(404);

        String route = "uri=\"/api/v1/partnerships/{partnershipId}\"}";
        String ok = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\"," + route;
        String notFound =
                "http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\"," + route;
        // a request is counted as its response ends, which may be just after the client has read it
        Map<String, Double> metrics = scrapeUntil(m -> m.getOrDefault(ok, 0.0) >= 2 && m.containsKey(notFound));
        assertThat(metrics.get(ok), greaterThanOrEqualTo(2.0));
        assertThat(metrics, hasKey(notFound));
        assertThat(metrics, hasKey(ok.replace("_count{", "_sum{")));
        assertThat(
                "no series per id",
                metrics.keySet().stream()
                        .filter(key -> key.contains(first) || key.contains(second))
                        .toList(),
                empty());
    }

    @Test
    void theConnectionPoolAndTheJvmAreMeasured() {
        Map<String, Double> metrics = scrape();
        assertThat(metrics, hasKey("agroal_max_used_count{datasource=\"default\"}"));
        assertThat(metrics, hasKey("agroal_available_count{datasource=\"default\"}"));
        assertThat(
                metrics.keySet().stream()
                        .filter(key -> key.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                        .count(),
                greaterThan(0L));
    }

    @Test
    void kembarsGaugesFollowTheRegistryAtTheirInterval() throws InterruptedException {
        // a partnership more in its first stage, one with a finding more (a letter of intent long ago, no agreement)
        Fixtures.partnership();
        String old = Fixtures.partnership();
        Fixtures.create(
                "/api/v1/partnerships/" + old + "/milestones",
                Fixtures.body(
                        "type", "LETTER_OF_INTENT", "title", "LoI", "status", "ACHIEVED", "occurrenceDate", "2015-03"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> differences;
        do {
            Thread.sleep(250);
            differences =
                    differences(scrape(), given().get("/api/v1/statistics").jsonPath());
        } while (!differences.isEmpty() && Instant.now().isBefore(deadline));
        assertThat(differences, empty());
        assertThat(
                scrape().get("kembar_gauges_as_of"), greaterThan(Instant.now().getEpochSecond() - 30.0));
    }

    /** Where the gauges and the statistics of the whole registry disagree (every stage and every finding code). */
    private static List<String> differences(Map<String, Double> metrics, JsonPath statistics) {
        Map<String, Double> expected = new LinkedHashMap<>();
        for (PartnershipStage stage : PartnershipStage.values()) {
            expected.put(
                    "kembar_partnerships{stage=\"" + stage + "\"}",
                    statistics.getDouble("partnershipsByStage." + stage));
        }
        for (FindingCode code : FindingCode.values()) {
            expected.put(
                    "kembar_findings_open{code=\"" + code + "\"}",
                    statistics.getDouble("partnershipsByFinding." + code));
        }
        assertThat(
                "the registry has partnerships with a finding",
                statistics.getDouble("partnershipsByFinding.NO_AGREEMENT_YET"),
                greaterThan(0.0));
        return expected.entrySet().stream()
                .filter(e -> !e.getValue().equals(metrics.get(e.getKey())))
                .map(e -> e.getKey() + " is " + metrics.get(e.getKey()) + ", the statistics say " + e.getValue())
                .toList();
    }

    private static Map<String, Double> scrapeUntil(Predicate<Map<String, Double>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Map<String, Double> metrics = scrape();
        while (!done.test(metrics) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            metrics = scrape();
        }
        return metrics;
    }

    private static Map<String, Double> scrape() {
        String text = given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.matches()) {
                String labels = sample.group(2) == null ? "" : sample.group(2).replace(",}", "}");
                samples.put(sample.group(1) + labels, Double.valueOf(sample.group(3)));
            }
        }
        assertThat("the scrape has samples", samples.size(), greaterThan(10));
        return samples;
    }

    @Test
    void gaugesAreNamedAsOperatorsExpect() {
        assertThat(
                scrape().keySet().stream()
                        .filter(key -> key.startsWith("kembar_partnerships{"))
                        .count(),
                equalTo((long) PartnershipStage.values().length));
    }
}
