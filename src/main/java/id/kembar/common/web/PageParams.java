package id.kembar.common.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting parameters every collection takes. */
public class PageParams {

    public static final int MAX_PAGE_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Parameter(
            description = "The page to return, from 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public Integer page;

    @QueryParam("pageSize")
    @DefaultValue("20")
    @Parameter(
            description = "Items per page, 1 to 200. Out-of-range values are a 400, never clamped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public Integer pageSize;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Comma-separated sort fields, each optionally prefixed with `-` for descending "
                            + "(`sort=name,-createdAt`). Ties are always broken by id. The allowed fields are listed per collection.")
    public String sort;
}
