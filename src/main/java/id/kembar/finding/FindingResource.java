package id.kembar.finding;

import id.kembar.common.web.Api;
import id.kembar.common.web.Languages;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/findings")
@Tag(
        name = "Findings",
        description = "The problems the studies of real partnerships keep finding, computed from the "
                + "records: stagnation, overdue targets, programs without budget or lead agency, programs not implemented, "
                + "one-sided activity, agreements expiring or expired, letters of intent without an agreement.")
@Produces(MediaType.APPLICATION_JSON)
class FindingResource {

    private final FindingService service;

    FindingResource(FindingService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List current findings across partnerships",
            description =
                    "Every finding of every "
                            + "partnership today, so that a ministry sees every problem in one call. Messages are in English or "
                            + "Indonesian by `Accept-Language` (`Content-Language` says which). Sort fields: severity, code, "
                            + "partnership (its title), localRegionCode, partnerCountry; the default is -severity,code,partnership.")
    @Extension(name = Languages.LOCALIZED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of findings.")
    public RestResponse<Page<PartnershipFinding>> listFindings(
            @Valid @BeanParam FindingFilter filter,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Locale locale = Languages.negotiate(headers);
        RestResponse<Page<PartnershipFinding>> page =
                Responses.page(service.list(filter, PageRequest.of(paging, FindingService.SORT), locale), uri);
        return RestResponse.ResponseBuilder.fromResponse(page)
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(locale))
                .build();
    }
}
