package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two instances of the packaged service on one PostgreSQL database, behind nginx as a round-robin proxy started with
 * the repository's configuration ({@code deploy/nginx/templates/kembar.conf.template}), as a ministry runs Kembar
 * when one instance is not enough: the links name the proxy, forwarded headers count only from the proxy, and what
 * one instance writes the other reads at once and guards with the same ETags.
 */
@EnabledIf("id.kembar.support.TestDatabases#isPostgresql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BehindProxyIT {

    /** The address nginx connects to the instances from; the instances trust forwarded headers from it alone. */
    private static final String PROXY_ADDRESS = "127.0.0.2";

    private static final Map<String, String> BEHIND_PROXY = Map.of(
            "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true",
            "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true",
            "QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", "true",
            "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", PROXY_ADDRESS);

    private static PackagedService first;
    private static PackagedService second;
    private static Process nginx;
    private static int proxy;

    @BeforeAll
    static void startInstancesAndProxy() throws Exception {
        Path folder = PackagedService.freshFolder(Path.of("target", "behind-proxy-it"));
        first = new PackagedService(folder, "first.log", BEHIND_PROXY);
        second = new PackagedService(folder, "second.log", BEHIND_PROXY);
        first.start();
        second.start();
        proxy = freePort();
        nginx = startNginx(folder.toAbsolutePath().resolve("nginx"));
        awaitProxy();
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        for (PackagedService service : new PackagedService[] {first, second}) {
            if (service != null) {
                service.close();
            }
        }
    }

    /** nginx in the foreground, with a main configuration of its own that includes the repository's server block. */
    private static Process startNginx(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("temp"));
        String server = Files.readString(Path.of("deploy", "nginx", "templates", "kembar.conf.template"))
                .replace("${KEMBAR_INSTANCE_1}", "127.0.0.1:" + first.port())
                .replace("${KEMBAR_INSTANCE_2}", "127.0.0.1:" + second.port())
                .replace("${KEMBAR_PROXY_LISTEN}", "127.0.0.1:" + proxy)
                .replace("${KEMBAR_PROXY_BIND}", PROXY_ADDRESS);
        assertThat("every placeholder is filled", server, not(containsString("${")));
        Files.writeString(dir.resolve("kembar.conf"), server);
        String temp = dir.resolve("temp").toString();
        Files.writeString(
                dir.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "daemon off;",
                        "worker_processes 1;",
                        "pid " + dir.resolve("nginx.pid") + ";",
                        "error_log " + dir.resolve("error.log") + ";",
                        "events { worker_connections 256; }",
                        "http {",
                        "  access_log " + dir.resolve("access.log") + ";",
                        "  client_body_temp_path " + temp + "/body;",
                        "  proxy_temp_path " + temp + "/proxy;",
                        "  fastcgi_temp_path " + temp + "/fastcgi;",
                        "  uwsgi_temp_path " + temp + "/uwsgi;",
                        "  scgi_temp_path " + temp + "/scgi;",
                        "  include " + dir.resolve("kembar.conf") + ";",
                        "}",
                        ""));
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(
                    "nginx is not installed (Debian package nginx; scripts/test-on-postgresql " + "installs it)");
        }
        return new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
    }

    private static void awaitProxy() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped; see target/behind-proxy-it/nginx");
            }
            try {
                if (given().port(proxy).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet (RestAssured throws the ConnectException itself, although it is checked)
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not answer; see target/behind-proxy-it/nginx");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Response createActor(int port, String name, Map<String, String> headers) {
        return given().port(port)
                .headers(headers)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "NGO", "name", name, "country", "ID"))
                .post("/api/v1/actors");
    }

    @Test
    void locationLinksAndTheContractNameTheProxy() {
        String publicBase = "http://localhost:" + proxy + "/api/v1/";
        // round robin: two creates go to both instances, and both name the proxy
        for (int i = 0; i < 2; i++) {
            Response created = createActor(proxy, "Lembaga lewat proxy " + i, Map.of());
            assertThat(created.statusCode(), equalTo(201));
            assertThat(created.header("Location"), startsWith(publicBase + "actors/"));
        }
        for (int i = 0; i < 2; i++) {
            assertThat(
                    given().port(proxy).get("/api/v1/actors?pageSize=1").header("Link"),
                    containsString("<" + publicBase + "actors?"));
        }
        // the contract's server is relative: read through the proxy, it is the proxy's /api/v1
        given().port(proxy)
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .body("servers[0].url", equalTo("/api/v1"));
    }

    @Test
    void forwardedHeadersCountOnlyFromTheProxy() {
        Map<String, String> spoofed = Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        Response direct = createActor(first.port(), "Lembaga langsung", spoofed);
        assertThat(direct.statusCode(), equalTo(201));
        assertThat(direct.header("Location"), startsWith("http://localhost:" + first.port() + "/api/v1/actors/"));
        // the proxy replaces them with its own
        Response proxied = createActor(proxy, "Lembaga lewat proxy", spoofed);
        assertThat(proxied.header("Location"), startsWith("http://localhost:" + proxy + "/api/v1/actors/"));
    }

    @Test
    void whatOneInstanceWritesTheOtherReadsAtOnce() {
        String id = createActor(first.port(), "Lembaga di instance pertama", Map.of())
                .path("id");
        given().port(second.port())
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Lembaga di instance pertama"));
        String tag = given().port(second.port()).get("/api/v1/actors/" + id).header("ETag");
        assertThat(given().port(first.port()).get("/api/v1/actors/" + id).header("ETag"), equalTo(tag));
        for (int i = 0; i < 4; i++) {
            given().port(proxy)
                    .get("/api/v1/actors/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", tag);
        }
    }

    @Test
    void twoWritesWithTheSameIfMatchThroughDifferentInstancesOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = createActor(proxy, "Lembaga rebutan " + round, Map.of()).path("id");
            String tag = given().port(proxy).get("/api/v1/actors/" + id).header("ETag");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> writes = new ArrayList<>();
                for (PackagedService instance : List.of(first, second)) {
                    writes.add(pool.submit(() -> {
                        go.await();
                        return given().port(instance.port())
                                .contentType("application/merge-patch+json")
                                .header("If-Match", tag)
                                .body(Map.of("notes", "ditulis oleh " + instance.port()))
                                .patch("/api/v1/actors/" + id)
                                .statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> write : writes) {
                    statuses.add(write.get(30, TimeUnit.SECONDS));
                }
                assertThat("round " + round, statuses, containsInAnyOrder(200, 412));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * 1,000 creates through the proxy from 4 writers; one instance is killed (SIGKILL) after the first 300 were
     * acknowledged. Every acknowledged create is there once, nothing is there twice, and the proxy goes on serving
     * from the survivor: only what the killed instance had in flight (one request per writer at most) fails.
     */
    @Test
    @Order(Integer.MAX_VALUE) // it kills an instance: the last test of the class
    void writesSpreadOverBothSurviveTheKillOfOneAndTheProxyServesFromTheOther() throws Exception {
        int writers = 4;
        int perWriter = 250;
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // name -> id
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger afterKill = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(300);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String name = "Beban " + writer + "-" + i;
                    Response created = createActor(proxy, name, Map.of());
                    if (created.statusCode() == 201) {
                        acknowledged.put(name, created.path("id"));
                        enough.countDown();
                        if (killed.get()) {
                            afterKill.incrementAndGet();
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        assertThat("300 creates acknowledged in time", enough.await(60, TimeUnit.SECONDS), equalTo(true));
        second.kill();
        killed.set(true);
        for (Future<?> writer : running) {
            writer.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat("failed writes " + failed.get(), failed.get() <= writers, equalTo(true));
        assertThat(afterKill.get() >= 500, equalTo(true));
        Set<String> found = new HashSet<>();
        int total = 0;
        for (int page = 1; ; page++) {
            Response listed = given().port(proxy)
                    .queryParam("q", "Beban ")
                    .queryParam("pageSize", 100)
                    .queryParam("page", page)
                    .get("/api/v1/actors");
            assertThat(listed.statusCode(), equalTo(200));
            List<String> names = listed.path("items.name");
            total += names.size();
            found.addAll(names);
            if (page >= listed.<Integer>path("totalPages")) {
                break;
            }
        }
        assertThat("no actor is there twice", found.size(), equalTo(total));
        assertThat("every acknowledged create is there", found.containsAll(acknowledged.keySet()), equalTo(true));
        assertThat(
                "besides them, at most what was in flight", total - acknowledged.size() <= failed.get(), equalTo(true));
        for (String id : acknowledged.values().stream().limit(50).toList()) {
            given().port(proxy).get("/api/v1/actors/" + id).then().statusCode(200);
        }
    }
}
