package id.kembar.common;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: endpoints with a bug, to see what a client gets from an unexpected exception, of kinds that Quarkus and
 * its extensions have answers of their own for (a validator that fails, a 500 of JAX-RS's own).
 */
@Path("/api/v1/test-only/failure")
public class FailingResource {

    static final String SECRET = "SELECT secret FROM internals at id.kembar.Secret.java:42";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(SECRET);
    }

    @GET
    @Path("/{kind}")
    @Operation(hidden = true)
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "validator" ->
                new ValidationException("HV000028: Unexpected exception during isValid call: " + SECRET);
            case "null" -> new NullPointerException(SECRET);
            case "io" -> new UncheckedIOException(new java.io.IOException(SECRET));
            case "server-error" -> new WebApplicationException(SECRET, 500);
            default -> new IllegalArgumentException(SECRET);
        };
    }
}
