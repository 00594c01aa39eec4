package id.kembar.common.web;

import id.kembar.common.KembarConfig;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness waits for a warm-up: once the HTTP server listens, the service sends itself the reads dashboards make
 * first (lists, findings, statistics), a few rounds each, so that the JVM has compiled their code before the first
 * client arrives (a cold first request took 20 times a warm one). Reads only; whatever fails, the service reports
 * ready when the warm-up ends.
 */
@Readiness
@ApplicationScoped
public class WarmUp implements HealthCheck {

    private static final List<String> READS = List.of(
            "/partnerships?pageSize=20",
            // a later page takes another path (the rows before it skipped by id)
            "/partnerships?pageSize=20&page=2",
            "/partnerships?sort=-validFrom&pageSize=20",
            "/partnerships/00000000-0000-4000-8000-000000000000",
            "/milestones?pageSize=20",
            "/milestones?pageSize=20&page=2",
            "/sector-programs?pageSize=20",
            "/sector-programs?pageSize=20&page=2",
            "/actors?pageSize=20",
            "/findings?pageSize=20",
            "/statistics");
    private static final int ROUNDS = 5;

    private final boolean enabled;
    private volatile boolean done;

    WarmUp(KembarConfig config) {
        this.enabled = config.warmUp().enabled();
        this.done = !enabled;
    }

    void onListening(@ObservesAsync HttpServerStart start) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://localhost:" + start.options().getPort() + Api.BASE;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (String read : READS) {
                    client.send(
                            HttpRequest.newBuilder(URI.create(base + read))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
            Log.infof("Warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            Log.infof("Warm-up ended early (%s); ready all the same", e.toString());
        } finally {
            done = true;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(done).build();
    }
}
