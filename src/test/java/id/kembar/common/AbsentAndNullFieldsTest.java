package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every field of every write request, left out or sent as null, on POST, PUT and PATCH: the answer is a 2xx or a
 * problem (400, or 409 for a duplicate), never a 500. Cross-field rules read several fields at once; this is what
 * keeps each of them from failing on a field that is not there (a null asked of an immutable set answered 500).
 *
 * <p>And every field that is a string on the wire, sent empty or blank: a 400 naming the field, on POST, PUT and
 * PATCH, so that no empty value is stored (an empty email broke the contract's {@code format: email}); an optional
 * one says to omit it or send null. The full bodies must name every property of the contract's request schema, so a
 * new field is tested too.
 */
@QuarkusTest
class AbsentAndNullFieldsTest {

    private static final Set<Integer> ANSWERS = Set.of(200, 201, 400, 409);

    private static final JsonNode CONTRACT = contract();

    private final List<String> wrong = new ArrayList<>();

    /**
     * Sends the full body without each field and with each field null, to the collection (POST) and to a resource made
     * from the full body (PUT, and PATCH with the field null), and notes every answer outside {@link #ANSWERS} or a
     * problem without its media type.
     */
    private void eachFieldAbsentAndNull(String collection, Supplier<Map<String, Object>> fullBody) {
        String resource = Fixtures.create(collection, fullBody.get());
        String path = collection + "/" + resource;
        for (String field : fullBody.get().keySet()) {
            eachEmptyString(collection, path, fullBody, field);
            Map<String, Object> absent = fullBody.get();
            absent.remove(field);
            Map<String, Object> asNull = fullBody.get();
            asNull.put(field, null);
            check(
                    "POST without " + field,
                    given().contentType(ContentType.JSON).body(absent).post(collection));
            check(
                    "POST with " + field + " null",
                    given().contentType(ContentType.JSON).body(asNull).post(collection));
            check(
                    "PUT without " + field,
                    given().contentType(ContentType.JSON)
                            .header("If-Match", etag(path))
                            .body(absent)
                            .put(path));
            check(
                    "PUT with " + field + " null",
                    given().contentType(ContentType.JSON)
                            .header("If-Match", etag(path))
                            .body(asNull)
                            .put(path));
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put(field, null);
            check(
                    "PATCH with " + field + " null",
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", etag(path))
                            .body(patch)
                            .patch(path));
        }
        assertThat(collection, wrong, empty());
    }

    /**
     * The full body with {@code field} sent as {@code ""} and as blanks, when the contract says it is a string: a
     * 400 naming only that field; an optional text field's message says to omit it or send null.
     */
    private void eachEmptyString(String collection, String path, Supplier<Map<String, Object>> fullBody, String field) {
        JsonNode property = requestSchema(collection).path("properties").path(field);
        if (!property.path("type").asText().equals("string") || property.has("enum") || property.has("allOf")) {
            return;
        }
        // a date or an id has a pattern, whose own message says what the field takes
        boolean sayOmit = !contains(requestSchema(collection).path("required"), field) && !property.has("pattern");
        for (String empty : List.of("", "  ")) {
            Map<String, Object> request = fullBody.get();
            request.put(field, empty);
            String what = field + " \"" + empty + "\"";
            refused(
                    what,
                    field,
                    sayOmit,
                    given().contentType(ContentType.JSON).body(request).post(collection));
            refused(
                    what,
                    field,
                    sayOmit,
                    given().contentType(ContentType.JSON)
                            .header("If-Match", etag(path))
                            .body(request)
                            .put(path));
            refused(
                    what,
                    field,
                    sayOmit,
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", etag(path))
                            .body(Map.of(field, empty))
                            .patch(path));
        }
    }

    private void refused(String what, String field, boolean sayOmit, Response response) {
        List<String> fields = response.statusCode() == 400 ? response.path("errors.field") : List.of();
        List<String> messages = response.statusCode() == 400 ? response.path("errors.message") : List.of();
        if (response.statusCode() != 400 || !fields.equals(List.of(field))) {
            wrong.add(what + ": " + response.statusCode() + " " + response.asString());
        } else if (sayOmit && !messages.get(0).contains("omit it or send null")) {
            wrong.add(what + ": " + messages);
        }
    }

    /** Like {@link #eachFieldAbsentAndNull}, with a body that has every property of the contract's request schema. */
    private void eachFieldOfFullBody(String collection, Supplier<Map<String, Object>> fullBody) {
        List<String> missing = new ArrayList<>();
        requestSchema(collection).path("properties").fieldNames().forEachRemaining(property -> {
            if (!fullBody.get().containsKey(property)) {
                missing.add(property);
            }
        });
        assertThat(collection + ": the full body leaves out", missing, empty());
        eachFieldAbsentAndNull(collection, fullBody);
    }

    /** The contract's request schema of a collection. */
    private static JsonNode requestSchema(String collection) {
        String resource = collection.replaceAll(".*/", "");
        String name =
                switch (resource) {
                    case "actors" -> "ActorRequest";
                    case "partnerships" -> "PartnershipRequest";
                    case "participants" -> "ParticipantRequest";
                    case "sector-programs" -> "SectorProgramRequest";
                    case "milestones" -> "MilestoneRequest";
                    default -> throw new IllegalArgumentException(collection);
                };
        return CONTRACT.path("components").path("schemas").path(name);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode contract() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@link #eachFieldAbsentAndNull} for one field, set to each of {@code values} in turn. */
    private void fieldAs(
            String collection,
            Supplier<Map<String, Object>> validBody,
            String field,
            List<Map<String, Object>> values) {
        String path = collection + "/" + Fixtures.create(collection, validBody.get());
        for (Map<String, Object> value : values) {
            Map<String, Object> request = validBody.get();
            request.put(field, value);
            String what = field + " " + value;
            check(
                    "POST with " + what,
                    given().contentType(ContentType.JSON).body(request).post(collection));
            check(
                    "PUT with " + what,
                    given().contentType(ContentType.JSON)
                            .header("If-Match", etag(path))
                            .body(request)
                            .put(path));
            check(
                    "PATCH with " + what,
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", etag(path))
                            .body(Map.of(field, value))
                            .patch(path));
        }
        assertThat(collection, wrong, empty());
    }

    private void check(String what, Response response) {
        int status = response.statusCode();
        if (!ANSWERS.contains(status)) {
            wrong.add(what + ": " + status + " " + response.asString());
        } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " as " + response.contentType());
        }
    }

    @Test
    void actors() {
        String province = province(unique("Prov"), "32");
        eachFieldOfFullBody(
                "/api/v1/actors",
                () -> body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        unique("Kota"),
                        "alternativeNames",
                        List.of("Kota Kembang"),
                        "country",
                        "ID",
                        "governmentLevel",
                        "CITY",
                        "regionCode",
                        "32.71",
                        "parentId",
                        province,
                        "website",
                        "https://kotabogor.go.id",
                        "email",
                        "humas@kotabogor.go.id",
                        "notes",
                        "notes"));
        // a foreign government: the rules for Indonesian ones do not apply
        eachFieldAbsentAndNull(
                "/api/v1/actors",
                () -> body("kind", "GOVERNMENT", "name", unique("City"), "country", "JP", "governmentLevel", "CITY"));
    }

    @Test
    void partnerships() {
        eachFieldOfFullBody(
                "/api/v1/partnerships",
                () -> body(
                        "title",
                        unique("Partnership"),
                        "type",
                        "SISTER_CITY",
                        "localGovernmentId",
                        city(unique("Kota"), "32.71"),
                        "partnerId",
                        foreignGovernment(unique("City"), "JP", "CITY"),
                        "description",
                        "description",
                        "objectives",
                        "objectives",
                        "validFrom",
                        "2016-11",
                        "validUntil",
                        "2021-11-18",
                        "referenceNumber",
                        "193/2016"));
    }

    @Test
    void participants() {
        String partnership = Fixtures.partnership();
        eachFieldOfFullBody(
                "/api/v1/partnerships/" + partnership + "/participants",
                () -> body("actorId", actor("NGO", unique("LSM"), "ID"), "role", "IMPLEMENTER", "note", "note"));
    }

    @Test
    void sectorPrograms() {
        String partnership = Fixtures.partnership();
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        eachFieldOfFullBody(
                programsOf(partnership),
                () -> body(
                        "sector",
                        "AGRICULTURE",
                        "title",
                        unique("Program"),
                        "description",
                        "description",
                        "status",
                        "STALLED",
                        "leadAgencyId",
                        agency,
                        "budget",
                        body("amount", "1000000", "currency", "IDR"),
                        "side",
                        "BOTH",
                        "obstacles",
                        List.of("NO_BUDGET"),
                        "obstacleNote",
                        "note",
                        "startDate",
                        "2019",
                        "endDate",
                        "2020-06",
                        "outcomes",
                        "outcomes"));
        // and each field of the budget, left out or null
        Map<String, Object> noAmount = body("currency", "IDR");
        Map<String, Object> nullAmount = body("amount", null, "currency", "IDR");
        Map<String, Object> noCurrency = body("amount", "5");
        Map<String, Object> nullCurrency = body("amount", "5", "currency", null);
        fieldAs(
                programsOf(partnership),
                () -> body("sector", "TOURISM", "title", unique("Program"), "status", "PROPOSED"),
                "budget",
                List.of(noAmount, nullAmount, noCurrency, nullCurrency, body()));
    }

    @Test
    void milestones() {
        String partnership = Fixtures.partnership();
        String program = create(
                programsOf(partnership), body("sector", "EDUCATION", "title", unique("Program"), "status", "AGREED"));
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        eachFieldOfFullBody(
                milestonesOf(partnership),
                () -> body(
                        "type",
                        "MEETING",
                        "title",
                        unique("Milestone"),
                        "description",
                        "description",
                        "status",
                        "ACHIEVED",
                        "targetDate",
                        "2024-02",
                        "occurrenceDate",
                        "2024-03",
                        "side",
                        "LOCAL",
                        "placeName",
                        "Bogor",
                        "documentNumber",
                        "12/2024",
                        "documentUrl",
                        "https://kotabogor.go.id/berita",
                        "sectorProgramId",
                        program,
                        "actorIds",
                        List.of(agency)));
        eachFieldAbsentAndNull(
                milestonesOf(partnership),
                () -> body("type", "VISIT", "title", unique("Milestone"), "status", "PLANNED", "targetDate", "2030"));
    }
}
