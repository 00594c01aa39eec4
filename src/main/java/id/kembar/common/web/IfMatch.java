package id.kembar.common.web;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code If-Match} header every PUT, PATCH and DELETE honours. */
public class IfMatch {

    @HeaderParam("If-Match")
    @Parameter(
            description = "The ETag of the representation this change is based on, as a GET or the last write answered "
                    + "it (`\"3-5f1c2a9b0d4e\"`), or its version alone (`\"3\"`). When it is not current the request "
                    + "fails with 412 and nothing is written. Without it the request fails with 428, unless the "
                    + "deployment lets the last writer win (`kembar.api.require-if-match=false`).",
            required = true,
            example = "\"0-5f1c2a9b0d4e\"")
    public String value;
}
