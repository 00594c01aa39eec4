package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.jupiter.api.Test;

/**
 * SIGTERM during writes, as an orchestrator stops an instance: readiness turns DOWN at once while writes are still
 * served (the shutdown delay, in which a load balancer stops sending), then the instance refuses new requests (503,
 * then its connections and port close) and finishes those it took. No request it took is answered with another 5xx
 * (H2's own shutdown hook used to close the database under them), and every acknowledged write is there after a
 * restart.
 */
class GracefulShutdownIT {

    @Test
    void sigtermDuringWritesCutsNoRequestAndLosesNoAcknowledgedWrite() throws Exception {
        PackagedService service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "graceful-shutdown-it")),
                Map.of("KEMBAR_SHUTDOWN_DELAY", "2s"));
        try (service) {
            service.start();
            int port = service.port();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<String> wrong = new ArrayList<>();
            AtomicBoolean terminated = new AtomicBoolean();
            AtomicInteger servedAfterSigterm = new AtomicInteger();
            CountDownLatch warm = new CountDownLatch(100);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        int status;
                        String id;
                        try {
                            var created = given().port(port)
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("kind", "NGO", "name", "Stop " + writer + "-" + i, "country", "ID"))
                                    .post("/api/v1/actors");
                            status = created.statusCode();
                            id = status == 201 ? created.path("id") : null;
                        } catch (Exception e) {
                            // after SIGTERM the instance closes its connections and its port: what it had not read is
                            // refused there, never answered with an error
                            if (!terminated.get()) {
                                synchronized (wrong) {
                                    wrong.add("writer " + writer + " before SIGTERM: " + e);
                                }
                            }
                            return null;
                        }
                        if (status == 201) {
                            acknowledged.add(id);
                            warm.countDown();
                            if (terminated.get()) {
                                servedAfterSigterm.incrementAndGet();
                            }
                        } else if (status != 503) {
                            synchronized (wrong) {
                                wrong.add("writer " + writer + ": " + status);
                            }
                        }
                    }
                }));
            }
            assertThat("100 writes acknowledged in time", warm.await(60, TimeUnit.SECONDS), equalTo(true));
            Future<?> stopping = pool.submit(() -> {
                service.stop(); // SIGTERM, then waits for the process to end
                return null;
            });
            terminated.set(true);
            boolean sawNotReady = false;
            while (!stopping.isDone() && !sawNotReady) {
                try {
                    sawNotReady = given().port(port).get("/q/health/ready").statusCode() == 503;
                } catch (Exception e) {
                    break; // already closed
                }
                Thread.sleep(20);
            }
            stopping.get(90, TimeUnit.SECONDS);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat("readiness went DOWN while the instance still answered", sawNotReady, equalTo(true));
            assertThat("writes were still served in the shutdown delay", servedAfterSigterm.get(), greaterThan(0));
            assertThat(wrong, empty());
            service.start();
            for (String id : acknowledged) {
                given().port(service.port()).get("/api/v1/actors/" + id).then().statusCode(200);
            }
        }
    }
}
