package id.kembar.actor;

import id.kembar.common.validation.CountryCode;
import java.util.regex.Pattern;

/**
 * Region codes: Kemendagri codes for Indonesia ({@code 52} a province, {@code 32.71} a city or regency, deeper levels
 * for districts and villages), ISO 3166-2 subdivision codes elsewhere ({@code CN-ZJ}).
 */
final class RegionCodes {

    static final String INDONESIA = "ID";
    static final String KEMENDAGRI_REGEX = "[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?";
    static final String ISO_3166_2_REGEX = "[A-Z]{2}-[A-Z0-9]{1,3}";
    /** Either kind of region code. */
    static final String REGEX = KEMENDAGRI_REGEX + "|" + ISO_3166_2_REGEX;

    static final Pattern KEMENDAGRI = Pattern.compile(KEMENDAGRI_REGEX);
    static final Pattern ISO_3166_2 = Pattern.compile(ISO_3166_2_REGEX);

    private RegionCodes() {}

    /**
     * Why {@code code} is not a region code of {@code country}, or null when it is. Of a country that is missing or
     * wrong (its own error) only the shape is judged, so that the code is not blamed for the country's mistake.
     */
    static String problem(String code, String country) {
        if (!CountryCode.Validator.isAssigned(country)) {
            return KEMENDAGRI.matcher(code).matches()
                            || ISO_3166_2.matcher(code).matches()
                    ? null
                    : "must be a Kemendagri region code such as 52 or 32.71, or an ISO 3166-2 code such as CN-ZJ";
        }
        if (INDONESIA.equals(country)) {
            return KEMENDAGRI.matcher(code).matches()
                    ? null
                    : "must be a Kemendagri region code such as 52 (province) or 32.71 (city or regency)";
        }
        if (!ISO_3166_2.matcher(code).matches()) {
            return "must be an ISO 3166-2 subdivision code such as CN-ZJ";
        }
        return code.startsWith(country + "-") ? null : "must start with the actor's country code (" + country + "-)";
    }
}
