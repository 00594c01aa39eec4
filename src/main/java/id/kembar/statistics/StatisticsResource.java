package id.kembar.statistics;

import id.kembar.common.web.Api;
import id.kembar.common.web.Languages;
import id.kembar.partnership.PartnershipFilter;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/statistics")
@Tag(
        name = "Statistics",
        description = "Counts for dashboards and ministries: partnerships by stage, type, country "
                + "and province, programs by sector, status and obstacle, partnerships per finding.")
@Produces(MediaType.APPLICATION_JSON)
class StatisticsResource {

    private final StatisticsService service;

    StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Count partnerships and programs",
            description = "Totals and counts of the partnerships "
                    + "that match the filters (the same filters as the partnership list, e.g. one province with "
                    + "`localRegionCode=52` or one country with `partnerCountry=CN`) and of their programs and findings. "
                    + "Counted in the database. Provinces and countries are named beside their codes, countries in "
                    + "English or Indonesian by `Accept-Language`.")
    @Extension(name = Languages.LOCALIZED, value = "true")
    @APIResponse(responseCode = "200", description = "The counts.")
    public RestResponse<Statistics> getStatistics(
            @Valid @BeanParam PartnershipFilter filter, @Context HttpHeaders headers) {
        Locale language = Languages.negotiate(headers);
        return RestResponse.ResponseBuilder.ok(service.count(filter, language))
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language))
                .build();
    }
}
