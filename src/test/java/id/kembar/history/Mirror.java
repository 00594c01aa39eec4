package id.kembar.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A copy of Kembar kept through the change feed alone, as a province's or ministry's system would keep it: it stores
 * the cursor, reads each changed record at its link, and drops deleted ones.
 */
final class Mirror {

    /** What a partnership's records show of actors, read from the actors when served (docs/change-feed.md). */
    static final List<String> ACTOR_SUMMARIES = List.of("actor", "actors", "leadAgency");

    private final String base;
    private String cursor;
    private final Map<String, Map<String, Object>> records = new ConcurrentHashMap<>();
    private final Set<String> seen = new HashSet<>();

    /** A mirror reading the feed of the service at {@code base} ({@code http://localhost:8081}) from {@code cursor}. */
    Mirror(String base, String cursor) {
        this.base = base;
        this.cursor = cursor;
    }

    /** The cursor at the end of the feed as it stands. */
    static String end(String base) {
        String cursor = null;
        while (true) {
            var request = on(base).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** The service's own tests' (null) or another's. */
    private static io.restassured.specification.RequestSpecification on(String base) {
        return base == null ? given() : given().baseUri(base);
    }

    /** Reads one page of changes (waiting up to {@code wait} seconds for one) and applies it; how many it had. */
    synchronized int poll(int wait, Map<String, ?> filters) {
        var request = on(base).queryParam("limit", 50).queryParam("wait", wait);
        if (cursor != null) {
            request.queryParam("after", cursor);
        }
        filters.forEach(request::queryParam);
        JsonPath page =
                request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String key = item.get("resourceType") + "/" + item.get("resourceId");
            String entry = key + "/" + item.get("operation") + "/" + item.get("version");
            assertThat("seen once: " + entry, seen.add(entry), equalTo(true));
            if ("DELETED".equals(item.get("operation"))) {
                records.remove(key);
                continue;
            }
            Response read = given().get((String) item.get("href"));
            if (read.statusCode() == 200) {
                records.put(key, read.jsonPath().getMap("$"));
            } else {
                assertThat(key + " is gone", read.statusCode(), equalTo(404));
                records.remove(key);
            }
        }
        cursor = page.getString("next");
        return items.size();
    }

    /** Reads the feed until it has nothing more. */
    void catchUp(Map<String, ?> filters) {
        while (poll(0, filters) > 0) {
            // the next page
        }
    }

    Map<String, Map<String, Object>> records() {
        return records;
    }

    /** What a record is: its representation without the actor summaries a partnership's records show. */
    static Map<String, Object> comparable(Map<String, Object> record) {
        Map<String, Object> copy = new HashMap<>(record);
        ACTOR_SUMMARIES.forEach(copy::remove);
        return copy;
    }
}
