package id.kembar.common.geography;

import id.kembar.common.web.Languages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The real regions: Indonesia's provinces, regencies and cities (Kemendagri codes), the countries of ISO 3166-1 with
 * their English and official Indonesian names, and their ISO 3166-2 subdivisions. Read once, at start-up, from the
 * files of {@code reference/data}, which {@code scripts/reference-data} regenerates from their sources (NOTICE.md
 * there says which, and under which licences).
 */
public final class Geography {

    private static final String DATA = "reference/data/";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Region> regions;
    private final List<Region> regionList;
    private final Map<String, List<Region>> regionsByParent;
    private final Map<String, Names> countries;
    private final Map<String, Subdivision> subdivisions;
    private final Map<String, List<Subdivision>> subdivisionsByCountry;

    /** A country's names. */
    record Names(String english, String indonesian) {

        String in(Locale language) {
            return language == Languages.INDONESIAN ? indonesian : english;
        }
    }

    /** The one copy of the lists, read when the class is first used (at start-up: the bean is created then). */
    private static final class Holder {
        static final Geography LISTS = new Geography();
    }

    /**
     * The lists, for code that cannot have them injected: the mappers that write a region's name beside its code into
     * a response ({@code ActorSummary}). They are the same for the life of the process.
     */
    public static Geography lists() {
        return Holder.LISTS;
    }

    private Geography() {
        Map<String, Region> regions = new TreeMap<>();
        Map<String, List<Region>> regionsByParent = new TreeMap<>();
        for (List<String> row : Csv.read(DATA + "regions-id.csv")) {
            Region region =
                    new Region(row.get(0), row.get(2), RegionLevel.valueOf(row.get(1)), blankToNull(row.get(3)));
            regions.put(region.code(), region);
            if (region.parent() != null) {
                regionsByParent
                        .computeIfAbsent(region.parent(), parent -> new ArrayList<>())
                        .add(region);
            }
        }
        Map<String, Names> countries = new TreeMap<>();
        for (List<String> row : Csv.read(DATA + "countries.csv")) {
            countries.put(row.get(0), new Names(row.get(1), row.get(2)));
        }
        Map<String, Subdivision> subdivisions = new TreeMap<>();
        Map<String, List<Subdivision>> subdivisionsByCountry = new TreeMap<>();
        for (List<String> row : Csv.read(DATA + "subdivisions.csv")) {
            Subdivision subdivision =
                    new Subdivision(row.get(0), row.get(1), row.get(2), row.get(3), blankToNull(row.get(4)));
            subdivisions.put(subdivision.code(), subdivision);
            subdivisionsByCountry
                    .computeIfAbsent(subdivision.country(), country -> new ArrayList<>())
                    .add(subdivision);
        }
        // looked up by code for every region name in a response: hashed by HashMap, which spreads codes that differ in
        // their last characters (JP-01, JP-02) over its buckets, where Map.copyOf's open addressing probed long runs of
        // neighbours; the lists keep the order of the codes
        this.regions = Collections.unmodifiableMap(new HashMap<>(regions));
        this.regionList = List.copyOf(regions.values());
        this.regionsByParent = Collections.unmodifiableMap(regionsByParent);
        this.countries = Collections.unmodifiableMap(countries);
        this.subdivisions = Collections.unmodifiableMap(new HashMap<>(subdivisions));
        this.subdivisionsByCountry = Collections.unmodifiableMap(subdivisionsByCountry);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** The Indonesian province, regency or city of a Kemendagri code. */
    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    /** The regencies and cities of a province (none for an unknown code). */
    public List<Region> regionsIn(String province) {
        return regionsByParent.getOrDefault(province, List.of());
    }

    /** Every Indonesian region, in the order of their codes. */
    public List<Region> regions() {
        return regionList;
    }

    /** The ISO 3166-2 subdivision of a code. */
    public Optional<Subdivision> subdivision(String code) {
        return Optional.ofNullable(code == null ? null : subdivisions.get(code));
    }

    /** A country's ISO 3166-2 subdivisions, in the order of their codes. */
    public List<Subdivision> subdivisionsOf(String country) {
        return subdivisionsByCountry.getOrDefault(country, List.of());
    }

    public boolean isCountry(String code) {
        return code != null && countries.containsKey(code);
    }

    /** A country's name in English or Indonesian. */
    public Optional<String> countryName(String code, Locale language) {
        return Optional.ofNullable(code == null ? null : countries.get(code)).map(names -> names.in(language));
    }

    /** Every country's code, in their order. */
    public List<String> countryCodes() {
        return List.copyOf(countries.keySet());
    }

    /** The name of a region code (see {@link #regionName}), from the one copy of the lists; null for none. */
    public static String nameOf(String code) {
        return code == null ? null : lists().regionName(code).orElse(null);
    }

    /**
     * The name of a region code: an Indonesian province's, regency's or city's, or an ISO 3166-2 subdivision's;
     * empty for a code in neither list (a district's, or one that is not real).
     */
    public Optional<String> regionName(String code) {
        return region(code).map(Region::name).or(() -> subdivision(code).map(Subdivision::name));
    }

    /**
     * Why a region code, of a good shape, is in neither list, with where to look up the right one; empty when it is in
     * one. A Kemendagri code below a regency or city (a district's, a village's) is judged by the regency or city it
     * lies in, which the list has.
     */
    public Optional<String> unknown(String code) {
        if (Character.isDigit(code.charAt(0))) {
            String province = code.substring(0, 2);
            if (!regions.containsKey(province)) {
                return Optional.of(
                        province + " is no Indonesian province; the provinces are at " + REGIONS + "?level=PROVINCE");
            }
            if (code.length() >= 5 && !regions.containsKey(code.substring(0, 5))) {
                return Optional.of(code.substring(0, 5) + " is no regency or city of "
                        + regions.get(province).name() + " (" + province + "); its regencies and cities are at "
                        + REGIONS + "?parent=" + province);
            }
            return Optional.empty();
        }
        String country = code.substring(0, 2);
        if (subdivisions.containsKey(code)) {
            return Optional.empty();
        }
        if (!countries.containsKey(country)) {
            return Optional.of(country + " is no ISO 3166-1 country, so " + code + " is no ISO 3166-2 code");
        }
        List<String> near = subdivisionsOf(country).stream()
                .map(Subdivision::code)
                .filter(candidate -> oneEditApart(candidate, code))
                .limit(3)
                .toList();
        return Optional.of(code + " is no ISO 3166-2 subdivision of "
                + countries.get(country).english()
                + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)") + "; they are at "
                + COUNTRIES + "/" + country + "/subdivisions");
    }

    /** Where the Indonesian regions are listed, for messages that send a client there. */
    public static final String REGIONS = "/api/v1/reference/regions";

    private static final String COUNTRIES = "/api/v1/reference/countries";

    /** Whether one letter changed, added or removed turns one code into the other. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length()
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /** A text folded for a search that ignores case and accents: "Bogor" finds "BOGOR", "Sao" finds "São". */
    public static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Orders names as a reader looks them up: accents and case aside, then exactly. */
    public static final Comparator<String> BY_NAME =
            Comparator.comparing(Geography::folded).thenComparing(Comparator.naturalOrder());
}
