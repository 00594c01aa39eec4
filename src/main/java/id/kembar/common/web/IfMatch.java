package id.kembar.common.web;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code If-Match} header every PUT, PATCH and DELETE honours. */
public class IfMatch {

    @HeaderParam("If-Match")
    @Parameter(
            description = "The ETag of the version this change is based on (`\"3\"`). When it is not the current "
                    + "version the request fails with 412 and nothing is written. Without it the change applies to whatever "
                    + "version is current.",
            example = "\"0\"")
    public String value;
}
