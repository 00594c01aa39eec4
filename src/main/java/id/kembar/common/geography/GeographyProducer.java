package id.kembar.common.geography;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Injects the one copy of the lists, read at start-up (the first request should not wait for it). */
@Singleton
class GeographyProducer {

    @Produces
    @Singleton
    @Startup
    Geography geography() {
        return Geography.lists();
    }
}
