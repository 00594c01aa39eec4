package id.kembar.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only: an endpoint with a bug, to see what a client gets from an unexpected exception. */
@Path("/api/v1/test-only/failure")
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM internals at id.kembar.Secret.java:42");
    }
}
