package id.kembar.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The sector a program belongs to. `TECHNOLOGY` includes smart city; `HUMAN_RESOURCES` student "
                + "and staff exchange.")
public enum Sector {
    AGRICULTURE,
    FISHERIES_AND_MARINE,
    TOURISM,
    TRANSPORT,
    INDUSTRY_AND_TRADE,
    INVESTMENT,
    CREATIVE_ECONOMY,
    EDUCATION,
    CULTURE,
    HEALTH,
    ENVIRONMENT,
    TECHNOLOGY,
    HUMAN_RESOURCES,
    PUBLIC_ADMINISTRATION,
    OTHER
}
