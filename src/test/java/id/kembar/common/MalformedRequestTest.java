package id.kembar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP server's own decoder refuses, before any route sees them (over its limits, 16 times the API's, or
 * not HTTP at all), are problems with the common headers like every other error, not a bare status line. Sent over a
 * raw socket: an HTTP client would not send them.
 */
@QuarkusTest
class MalformedRequestTest {

    /** What the server answered, read until it closed the connection. */
    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            assertThat("a complete header block in: " + raw, end > 0);
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, raw.substring(end + 4));
        }

        JsonPath json() {
            return JsonPath.from(body);
        }
    }

    @BeforeEach
    void serversAnswerAsProblems() throws InterruptedException {
        // the servers' handler is replaced once they listen; readiness waits for it
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.of(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static void isProblemWithCommonHeaders(Answer answer, int status, String slug) {
        assertThat(answer.status(), equalTo(status));
        assertThat(answer.headers().get("content-type"), equalTo("application/problem+json"));
        assertThat(answer.headers().get("api-version"), matchesPattern("\\d+\\.\\d+\\.\\d+"));
        assertThat(answer.headers().get("x-content-type-options"), equalTo("nosniff"));
        assertThat(answer.headers().get("x-frame-options"), equalTo("DENY"));
        assertThat(answer.headers().get("connection"), equalTo("close"));
        assertThat(answer.headers().get("cache-control"), equalTo("no-store"));
        JsonPath problem = answer.json();
        assertThat(problem.getInt("status"), equalTo(status));
        assertThat(problem.getString("type"), containsString("/problems/" + slug));
        assertThat(problem.getString("requestId"), equalTo(answer.headers().get("x-request-id")));
    }

    @Test
    void aRequestLineOverTheServersOwnLimitIsA414Problem() throws IOException {
        // 64 KiB in the test profile as in production: the API's own 414 starts at 4 KiB (HttpEdgeTest)
        Answer answer = send("GET /api/v1/actors?q=" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        isProblemWithCommonHeaders(answer, 414, "uri-too-long");
        assertThat(answer.json().getString("detail"), containsString("longer than 65536 bytes"));
    }

    @Test
    void aHeaderBlockOverTheServersOwnLimitIsA431Problem() throws IOException {
        Answer answer = send("GET /api/v1/actors HTTP/1.1\r\nHost: localhost\r\n" + "X-Padding: " + "x".repeat(140_000)
                + "\r\n\r\n");
        isProblemWithCommonHeaders(answer, 431, "request-header-fields-too-large");
        assertThat(answer.json().getString("detail"), containsString("larger than 131072 bytes"));
        assertThat(answer.json().getString("instance"), equalTo("/api/v1/actors"));
    }

    @Test
    void aRequestThatIsNoHttpIsA400Problem() throws IOException {
        // a header line without a colon
        Answer answer = send("GET /api/v1/actors HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");
        isProblemWithCommonHeaders(answer, 400, "invalid-request");
        assertThat(answer.json().getString("detail"), startsWith("The request is no well-formed HTTP/1.1"));
    }

    @Test
    void theConnectionStaysUsableForOthers() throws IOException {
        send("GET /api/v1/actors?q=" + "x".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        Answer ordinary =
                send("GET /api/v1/actors?pageSize=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(ordinary.status(), equalTo(200));
        assertThat(ordinary.headers().get("content-type"), not(equalTo("application/problem+json")));
    }
}
