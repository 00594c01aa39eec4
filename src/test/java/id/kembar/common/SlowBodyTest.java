package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.LogCapture;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their bodies slowly hold no worker thread: the API keeps answering everyone else at its usual
 * speed while hundreds of them trickle, and each is cut with a 408 problem once it falls below the minimum rate or
 * over the time allowed (8 s in the test profile). A client that goes away mid-body is one INFO line, no error.
 */
@QuarkusTest
class SlowBodyTest {

    /** More than the worker threads (200 on a machine of this size), which they all held before. */
    private static final int SLOW_CLIENTS = 300;

    private static final Duration USUAL = Duration.ofSeconds(2);

    private LogCapture capture;
    private List<LogRecord> logged;
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void listen() {
        capture = LogCapture.of("");
        logged = capture.records();
    }

    @AfterEach
    void close() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
        capture.close();
    }

    /** A connection that has sent the headers of an actor's creation with a body of {@code length} and its first byte. */
    private Socket startBody(long length) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/actors HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + Tokens.ministry() + "\r\n"
                        + "Content-Length: " + length + "\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Every byte the server sends until it closes the connection. */
    private static String answerOf(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Sends {@code bytes} spaces on each connection every second, while the connection takes them. */
    private void trickle(List<Socket> slow, int bytes) {
        byte[] chunk = " ".repeat(bytes).getBytes(StandardCharsets.US_ASCII);
        trickle.scheduleAtFixedRate(
                () -> {
                    for (Socket socket : slow) {
                        try {
                            socket.getOutputStream().write(chunk);
                            socket.getOutputStream().flush();
                        } catch (IOException cut) {
                            // the server has answered and closed it
                        }
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    private static void assertCutWith408(String answer) {
        assertThat(answer, startsWith("HTTP/1.1 408"));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("/problems/request-timeout"));
        assertThat(answer, containsString("X-Request-Id"));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<LogRecord> at(List<LogRecord> records, Level atLeast) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= atLeast.intValue())
                .toList();
    }

    @Test
    void hundredsOfSlowBodiesLeaveTheApiAnsweringAndAreCutWith408() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slow.add(startBody(200));
        }
        long started = System.nanoTime();
        trickle(slow, 1);
        RestAssuredConfig bounded = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 10_000)
                        .setParam("http.socket.timeout", 10_000));
        int ordinary = 0;
        // while every slow client is still sending (they are cut after the first five seconds)
        while (millisSince(started) < 3_500) {
            long start = System.nanoTime();
            given().config(bounded).get("/api/v1/actors?pageSize=5").then().statusCode(200);
            given().config(bounded)
                    .contentType("application/json")
                    .body("{\"kind\":\"NGO\",\"name\":\"" + unique("Ordinary") + "\",\"country\":\"ID\"}")
                    .post("/api/v1/actors")
                    .then()
                    .statusCode(201);
            assertThat("a read and a write took", millisSince(start), lessThan(USUAL.toMillis()));
            ordinary++;
        }
        assertThat(ordinary, greaterThanOrEqualTo(5));
        for (Socket socket : slow) {
            assertCutWith408(answerOf(socket));
        }
        assertThat(
                "each cut is one INFO line",
                logged.stream()
                        .filter(r -> r.getMessage().contains("Cut a slow request body"))
                        .toList(),
                hasSize(SLOW_CLIENTS));
        assertThat(at(logged, Level.WARNING), empty());
    }

    @Test
    void aBodyFastEnoughButEndlessIsCutAtTheTimeLimit() throws Exception {
        Socket socket = startBody(1_000_000);
        long started = System.nanoTime();
        trickle(List.of(socket), 4_096);
        assertCutWith408(answerOf(socket));
        long took = millisSince(started);
        assertThat(took, greaterThanOrEqualTo(7_500L));
        assertThat(took, lessThan(15_000L));
    }

    @Test
    void aClientThatGoesAwayMidBodyIsOneInfoLine() throws Exception {
        Socket socket = startBody(500);
        Thread.sleep(300);
        socket.close();
        long started = System.nanoTime();
        while (logged.stream().noneMatch(r -> r.getMessage().contains("went away")) && millisSince(started) < 5_000) {
            Thread.sleep(50);
        }
        assertThat(
                logged.stream()
                        .filter(r -> r.getMessage().contains("went away"))
                        .filter(r -> r.getLevel().intValue() == Level.INFO.intValue())
                        .toList(),
                hasSize(1));
        assertThat(at(logged, Level.WARNING), empty());
        actor("NGO", unique("After"), "ID");
    }
}
