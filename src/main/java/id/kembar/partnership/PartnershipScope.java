package id.kembar.partnership;

import id.kembar.common.geography.KnownRegion;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.validation.CountryCode;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters that place a partnership, or anything in one, on the map: the local region and the partner's country.
 * Shared by the partnership list and the lists of what partnerships contain, so that a ministry can ask the same
 * question of each.
 */
public class PartnershipScope {

    @QueryParam("localRegionCode")
    @KnownRegion(indonesian = true)
    @Pattern(
            regexp = "[0-9]{2}(\\.[0-9]{2})?",
            message = "must be a Kemendagri province (32) or city/regency (32.71) code")
    @Parameter(
            description = "Only where the local government is in this region: a province code also matches its "
                    + "cities and regencies (`32` matches `32.71`). A code that is not in /reference/regions is a 400.")
    public String localRegionCode;

    @QueryParam("partnerCountry")
    @Parameter(description = "Only where the partner is in one of these countries, ISO 3166-1 alpha-2 (repeatable).")
    public List<@CountryCode String> partnerCountry;

    /** Adds the conditions for the partnership at {@code partnership} (an HQL path or alias). */
    public Criteria applyTo(Criteria criteria, String partnership) {
        return criteria.equal(partnership + ".localProvince", isProvince() ? localRegionCode : null)
                .equal(partnership + ".localRegionCode", isProvince() ? null : localRegionCode)
                .in(partnership + ".partnerCountry", partnerCountry);
    }

    /**
     * The column of {@code alias} (a partnership, or a record that keeps copies of its partnership's place) that this
     * scope pins to one value, which a list puts first in its order so that an index serves it; null when none.
     */
    public String pinned(String alias) {
        if (localRegionCode != null) {
            return alias + (isProvince() ? ".localProvince" : ".localRegionCode");
        }
        if (partnerCountry != null && Set.copyOf(partnerCountry).size() == 1) {
            return alias + ".partnerCountry";
        }
        return null;
    }

    /** A province code (two digits) asks for the whole province: its own government and all its cities and regencies. */
    public boolean isProvince() {
        return localRegionCode != null && localRegionCode.length() == 2;
    }
}
