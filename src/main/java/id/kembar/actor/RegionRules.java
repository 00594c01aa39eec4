package id.kembar.actor;

import id.kembar.common.geography.Geography;
import id.kembar.common.geography.Region;
import id.kembar.common.geography.RegionLevel;
import id.kembar.common.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor's region code against the real lists ({@link Geography}): it must exist, and an Indonesian government's
 * must be of its level, a province's for a {@code PROVINCE}, a regency's ("Kabupaten ...") for a {@code REGENCY}, a
 * city's ("Kota ...") for a {@code CITY}. Each message says what the code is and, where one is near, which to take.
 *
 * <p>A stored code is checked again only when the write changes it (or the country or level it must agree with):
 * an actor registered before the lists were checked can still be edited, and the operator finds its code among the
 * unknown ones ({@code GET /api/v1/actors?regionCodeKnown=false}, {@link RegionCodeCheck}).
 */
@ApplicationScoped
class RegionRules {

    private final Geography geography;

    RegionRules(Geography geography) {
        this.geography = geography;
    }

    /** Whether a region code is in the lists (no code is no unknown one). */
    boolean known(String code) {
        return code == null || geography.unknown(code).isEmpty();
    }

    /** The errors of a request whose other checks passed for these fields, unless its code is the stored one. */
    List<FieldError> check(ActorRequest request, Actor actor) {
        if (actor.id() != null
                && Objects.equals(actor.regionCode(), request.regionCode())
                && Objects.equals(actor.country(), request.country())
                && actor.governmentLevel() == request.governmentLevel()) {
            return List.of();
        }
        return check(request);
    }

    List<FieldError> check(ActorRequest request) {
        String code = request.regionCode();
        if (code == null) {
            return List.of();
        }
        Optional<String> unknown = geography.unknown(code);
        if (unknown.isPresent()) {
            return List.of(new FieldError("regionCode", unknown.get()));
        }
        boolean indonesianGovernment = request.kind() == ActorKind.GOVERNMENT
                && RegionCodes.INDONESIA.equals(request.country())
                && GovernmentLevel.INDONESIAN.contains(request.governmentLevel());
        if (!indonesianGovernment) {
            return List.of();
        }
        RegionLevel wanted = RegionLevel.valueOf(request.governmentLevel().name());
        Region province = geography.region(code.substring(0, 2)).orElseThrow();
        if (wanted == RegionLevel.PROVINCE) {
            return code.length() == 2
                    ? List.of()
                    : List.of(new FieldError(
                            "regionCode",
                            "must be a province's code (two digits) for a PROVINCE; " + code + " lies in "
                                    + province.name() + ", which is " + province.code()));
        }
        if (code.length() == 2) {
            return List.of(new FieldError(
                    "regionCode",
                    "must be a " + word(wanted) + "'s code for a " + wanted + "; " + code + " is the province "
                            + province.name() + ", whose " + plural(wanted) + " are at " + Geography.REGIONS
                            + "?parent=" + code
                            + "&level=" + wanted));
        }
        Optional<Region> region = geography.region(code);
        if (region.isEmpty()) {
            return List.of(new FieldError(
                    "regionCode",
                    "must be a " + word(wanted) + "'s code (such as 32.71) for a " + wanted
                            + ", not a district's or village's"));
        }
        if (region.get().level() == wanted) {
            return List.of();
        }
        Region found = region.get();
        String namesake = geography.regionsIn(province.code()).stream()
                .filter(other -> other.level() == wanted && stem(other).equals(stem(found)))
                .findFirst()
                .map(other -> other.name() + " is " + other.code())
                .orElse("the " + plural(wanted) + " of " + province.name() + " are at " + Geography.REGIONS + "?parent="
                        + province.code() + "&level=" + wanted);
        return List.of(new FieldError(
                "regionCode",
                code + " is " + found.name() + ", a " + word(found.level()) + " (governmentLevel " + found.level()
                        + "), not a " + word(wanted) + "; " + namesake));
    }

    /** A regency's or city's name without "Kabupaten" or "Kota": the place both may be named after. */
    private static String stem(Region region) {
        return region.name().replaceFirst("^(Kabupaten|Kota) ", "");
    }

    private static String word(RegionLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static String plural(RegionLevel level) {
        return level == RegionLevel.CITY ? "cities" : level == RegionLevel.REGENCY ? "regencies" : "provinces";
    }
}
