package id.kembar.assessment;

import id.kembar.common.time.Today;
import id.kembar.common.web.Api;
import id.kembar.common.web.Languages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/partnerships/{partnershipId}/assessment")
@Tag(name = "Findings")
@Produces(MediaType.APPLICATION_JSON)
class AssessmentResource {

    private final AssessmentService service;
    private final Today today;

    AssessmentResource(AssessmentService service, Today today) {
        this.service = service;
        this.today = today;
    }

    @GET
    @Operation(
            summary = "Assess a partnership",
            description = "Indicators and findings of one partnership as of a "
                    + "day (today by default, in the service's time zone). A partial date counts as its first day when it says "
                    + "when something happened and as its last day when it is a deadline: a target of `2026` is overdue from "
                    + "2027-01-01. Messages are in English or Indonesian by `Accept-Language`.")
    @Extension(name = Languages.LOCALIZED, value = "true")
    @APIResponse(responseCode = "200", description = "The assessment.")
    public RestResponse<Assessment> assessPartnership(
            @PathParam("partnershipId") UUID partnershipId,
            @QueryParam("asOf") @Parameter(description = "The day to assess as of (YYYY-MM-DD); today by default.")
                    LocalDate asOf,
            @Context HttpHeaders headers) {
        Locale locale = Languages.negotiate(headers);
        return RestResponse.ResponseBuilder.ok(
                        service.assess(partnershipId, asOf == null ? today.date() : asOf, locale))
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale))
                .build();
    }
}
