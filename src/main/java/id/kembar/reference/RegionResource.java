package id.kembar.reference;

import id.kembar.common.geography.Geography;
import id.kembar.common.geography.Region;
import id.kembar.common.web.Api;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/reference/regions")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
class RegionResource {

    static final SortFields SORT = SortFields.of("r", "code", "code", "r.code", "name", "r.name");
    private static final Map<String, Comparator<Region>> FIELDS = Map.of(
            "code", Comparator.comparing(Region::code), "name", Comparator.comparing(Region::name, Geography.BY_NAME));

    private final Geography geography;

    RegionResource(Geography geography) {
        this.geography = geography;
    }

    @GET
    @Operation(
            summary = "List Indonesian regions",
            description = "The provinces, regencies (kabupaten) and cities (kota) of Indonesia with their Kemendagri "
                    + "codes and official names: `?level=PROVINCE` for a province picker, `?parent=32` for the "
                    + "regencies and cities of a province. The list changes only with a release of the service: it "
                    + "may be kept for a day (`Cache-Control`) and revalidated with its `ETag`. Sort fields: code, "
                    + "name (default code).")
    @APIResponse(responseCode = "200", description = "A page of regions.")
    public RestResponse<Page<Region>> listRegions(
            @Valid @BeanParam RegionFilter filter, @BeanParam PageParams paging, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(paging, SORT);
        String q = filter.q == null || filter.q.isBlank() ? null : Geography.folded(filter.q.strip());
        List<Region> matches = (filter.parent == null ? geography.regions() : geography.regionsIn(filter.parent))
                .stream()
                        .filter(region ->
                                filter.level == null || filter.level.isEmpty() || filter.level.contains(region.level()))
                        .filter(region ->
                                q == null || Geography.folded(region.name()).contains(q))
                        .toList();
        return Listing.respond(Listing.page(matches, page, FIELDS, Comparator.comparing(Region::code)), uri);
    }
}
