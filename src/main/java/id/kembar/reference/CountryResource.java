package id.kembar.reference;

import id.kembar.common.geography.Geography;
import id.kembar.common.geography.Subdivision;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.web.Api;
import id.kembar.common.web.Languages;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageParams;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/reference/countries")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
class CountryResource {

    static final SortFields SORT = SortFields.of("c", "code", "code", "c.code", "name", "c.name");
    private static final Map<String, Comparator<Country>> COUNTRY_FIELDS = Map.of(
            "code",
            Comparator.comparing(Country::code),
            "name",
            Comparator.comparing(Country::name, Geography.BY_NAME));
    private static final Map<String, Comparator<Subdivision>> SUBDIVISION_FIELDS = Map.of(
            "code",
            Comparator.comparing(Subdivision::code),
            "name",
            Comparator.comparing(Subdivision::name, Geography.BY_NAME));

    private final Geography geography;

    CountryResource(Geography geography) {
        this.geography = geography;
    }

    @GET
    @Operation(
            summary = "List countries",
            description = "The countries of ISO 3166-1 with their names in English or, by `Accept-Language`, in "
                    + "Indonesian as Indonesia officially writes them (`CN` is Tiongkok), and how many ISO 3166-2 "
                    + "subdivisions each has. Changes only with a release of the service: it may be kept for a day "
                    + "(`Cache-Control`) and revalidated with its `ETag`. Sort fields: code, name (default code).")
    @Extension(name = Languages.LOCALIZED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of countries.")
    public RestResponse<Page<Country>> listCountries(
            @QueryParam("q")
                    @Size(max = 200)
                    @Parameter(
                            description = "Only countries whose name, in English or Indonesian, holds this text, "
                                    + "ignoring case and accents (`korea`).")
                    String q,
            @BeanParam PageParams paging,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(paging, SORT);
        Locale language = Languages.negotiate(headers);
        String folded = folded(q);
        List<Country> matches = geography.countryCodes().stream()
                .filter(code -> folded == null
                        || Geography.folded(geography
                                        .countryName(code, Languages.ENGLISH)
                                        .orElseThrow())
                                .contains(folded)
                        || Geography.folded(geography
                                        .countryName(code, Languages.INDONESIAN)
                                        .orElseThrow())
                                .contains(folded))
                .map(code -> new Country(
                        code,
                        geography.countryName(code, language).orElseThrow(),
                        geography.subdivisionsOf(code).size()))
                .toList();
        return Listing.respond(
                Listing.page(matches, page, COUNTRY_FIELDS, Comparator.comparing(Country::code)), uri, language);
    }

    @GET
    @Path("/{countryCode}/subdivisions")
    @Operation(
            summary = "List a country's subdivisions",
            description = "The ISO 3166-2 subdivisions of a country (provinces, prefectures, states, metropolitan "
                    + "cities...) with their names, types and parents: the codes a foreign actor's `regionCode` takes. "
                    + "Indonesia's regions are at /reference/regions, with their Kemendagri codes. Changes only with a "
                    + "release of the service (`Cache-Control`, `ETag`). Sort fields: code, name (default code).")
    @APIResponse(
            responseCode = "200",
            description = "A page of subdivisions (none for a country ISO 3166-2 does not " + "divide).")
    @APIResponse(responseCode = "404", description = "No country has this code.")
    public RestResponse<Page<Subdivision>> listSubdivisions(
            @PathParam("countryCode")
                    @Parameter(
                            description = "The country, ISO 3166-1 alpha-2 (a malformed code is a 400).",
                            example = "CN",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}$"))
                    @jakarta.validation.constraints.Pattern(
                            regexp = "^[A-Z]{2}$",
                            message = "must be an ISO 3166-1 alpha-2 country code, such as CN")
                    String countryCode,
            @QueryParam("parent")
                    @jakarta.validation.constraints.Pattern(
                            regexp = "^[A-Z]{2}-[A-Z0-9]{1,3}$",
                            message = "must be an ISO 3166-2 code, such as FR-ARA")
                    @Parameter(description = "Only the subdivisions within this one (`FR-ARA`).")
                    String parent,
            @QueryParam("q")
                    @Size(max = 200)
                    @Parameter(description = "Only subdivisions whose name holds this text, ignoring case and accents.")
                    String q,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(paging, SORT);
        if (!geography.isCountry(countryCode)) {
            throw ProblemException.of(
                    ProblemType.NOT_FOUND,
                    "No country has the ISO 3166-1 code " + countryCode + "; the countries are at " + Api.BASE
                            + "/reference/countries");
        }
        if (parent != null && !parent.startsWith(countryCode + "-")) {
            throw ProblemException.invalid(
                    "parent", "must be a subdivision of " + countryCode + " (" + countryCode + "-)");
        }
        if (parent != null) {
            geography.unknown(parent).ifPresent(unknown -> {
                throw ProblemException.invalid("parent", unknown);
            });
        }
        String folded = folded(q);
        List<Subdivision> matches = geography.subdivisionsOf(countryCode).stream()
                .filter(subdivision -> parent == null || parent.equals(subdivision.parent()))
                .filter(subdivision ->
                        folded == null || Geography.folded(subdivision.name()).contains(folded))
                .toList();
        return Listing.respond(
                Listing.page(matches, page, SUBDIVISION_FIELDS, Comparator.comparing(Subdivision::code)), uri);
    }

    private static String folded(String q) {
        return q == null || q.isBlank() ? null : Geography.folded(q.strip());
    }
}
