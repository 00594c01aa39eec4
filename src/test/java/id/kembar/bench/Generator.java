package id.kembar.bench;

import id.kembar.common.text.SortKey;
import id.kembar.common.text.Words;
import id.kembar.common.time.PartialDate;
import id.kembar.common.time.PartialDate.Precision;
import id.kembar.milestone.MilestoneType;
import id.kembar.milestone.StageRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a national-scale data set straight into a database that the service has already migrated (JDBC batches,
 * not HTTP: a million milestones through the API would take hours): actors over the real Indonesian region codes and
 * foreign ISO 3166-2 subdivisions, partnerships that obey the service's rules for who may be each side, and their
 * participants, milestones and programs. The stage is set by the service's own {@link StageRule}, the actors' counts by
 * country and kind by one statement after the actors (both checked too); the other kept values
 * are left to the service, which computes them at its next start (kept_state is emptied), after which the bench checks
 * them with the consistency check. Per partnership: 10 milestones, 3 programs, 2 participants, and half an actor.
 *
 * <p>{@code Generator <jdbc-url> <user> <password> <partnerships> <sample-file>}; the sample file receives ids and
 * filter values that the benchmark's requests draw from.
 */
public final class Generator {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int COMMIT_EVERY = 2_000;
    private static final String[] TOPICS = {
        "pariwisata", "perikanan", "pendidikan", "kebudayaan", "kesehatan", "perdagangan", "investasi", "pertanian",
        "lingkungan", "teknologi", "pelabuhan", "energi", "kepemudaan", "olahraga", "UMKM", "transportasi"
    };
    private static final String[] SECTORS = {
        "AGRICULTURE",
        "FISHERIES_AND_MARINE",
        "TOURISM",
        "TRANSPORT",
        "INDUSTRY_AND_TRADE",
        "INVESTMENT",
        "CREATIVE_ECONOMY",
        "EDUCATION",
        "CULTURE",
        "HEALTH",
        "ENVIRONMENT",
        "TECHNOLOGY",
        "HUMAN_RESOURCES",
        "PUBLIC_ADMINISTRATION",
        "OTHER"
    };
    private static final String[] SIDES = {"LOCAL", "PARTNER", "BOTH", "REMOTE"};
    private static final String[] OBSTACLES = {
        "NO_BUDGET", "NO_FOLLOW_UP", "CLIMATE_OR_GEOGRAPHY", "POLICY_MISMATCH", "COMMUNICATION", "OTHER"
    };

    // the sort keys (V14) as the service keeps them on write: SortKey.of the title or name
    private static final String ACTOR = "insert into actor (id, version, created_at, updated_at, kind, name, name_key,"
            + " country, government_level, region_code) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PARTNERSHIP =
            "insert into partnership (id, version, created_at, updated_at, title, title_key, type,"
                    + " local_government_id, partner_id, description, objectives, valid_from_date, valid_from_precision,"
                    + " valid_until_date, valid_until_precision, reference_number, stage)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PARTICIPANT = "insert into participant (id, version, created_at, updated_at,"
            + " partnership_id, actor_id, role) values (?, 0, ?, ?, ?, ?, ?)";
    private static final String PROGRAM = "insert into sector_program (id, version, created_at, updated_at,"
            + " partnership_id, sector, title, title_key, description, status, lead_agency_id, budget_amount, budget_currency, side,"
            + " start_date, start_precision, end_date, end_precision, local_region_code, local_province, partner_country)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String OBSTACLE =
            "insert into sector_program_obstacle (sector_program_id, obstacle) values (?, ?)";
    private static final String MILESTONE =
            "insert into milestone (id, version, created_at, updated_at, partnership_id,"
                    + " type, title, title_key, status, target_date, target_precision, occurrence_date, occurrence_precision, side,"
                    + " place_name, document_number) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MILESTONE_ACTOR = "insert into milestone_actor (milestone_id, actor_id) values (?, ?)";
    // the words text search finds each by (V22), as the service keeps them on write: Words.of its texts, each with
    // its item's sort key (V24)
    private static final String PARTNERSHIP_WORD =
            "insert into partnership_word (partnership_id, word, title_key) values (?, ?, ?)";
    private static final String PROGRAM_WORD =
            "insert into sector_program_word (sector_program_id, word, title_key) values (?, ?, ?)";
    private static final String MILESTONE_WORD =
            "insert into milestone_word (milestone_id, word, timeline_date) values (?, ?, ?)";
    /** In the order their batches are sent: parents before children. */
    private static final List<String> IN_ORDER = List.of(
            ACTOR,
            PARTNERSHIP,
            PARTNERSHIP_WORD,
            PARTICIPANT,
            PROGRAM,
            PROGRAM_WORD,
            OBSTACLE,
            MILESTONE,
            MILESTONE_WORD,
            MILESTONE_ACTOR);

    private final Random random = new Random(20261201L);
    private final Connection db;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final List<Actor> provinces = new ArrayList<>();
    private final List<Actor> cities = new ArrayList<>();
    private final List<Actor> foreignGovernments = new ArrayList<>();
    private final List<Actor> institutions = new ArrayList<>();
    private final Sample sample = new Sample();
    private long rows;
    private int sampleStride;

    record Actor(UUID id, String name, String country, String regionCode) {}

    /** Ids and values the benchmark's requests pick from, written as {@code key=value} lines. */
    static final class Sample {
        final Map<String, List<String>> values = new LinkedHashMap<>();

        void add(String key, Object value, int limit) {
            List<String> list = values.computeIfAbsent(key, k -> new ArrayList<>());
            if (list.size() < limit) {
                list.add(String.valueOf(value));
            }
        }

        void write(Path file) throws IOException {
            List<String> lines = new ArrayList<>();
            values.forEach((key, list) -> list.forEach(v -> lines.add(key + "=" + v)));
            Files.write(file, lines);
        }
    }

    private Generator(Connection db) throws SQLException {
        this.db = db;
        for (String sql : IN_ORDER) {
            statements.put(sql, db.prepareStatement(sql));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: Generator <jdbc-url> <user> <password> <partnerships> <sample-file>");
            System.exit(2);
        }
        long started = System.nanoTime();
        long rows = run(args[0], args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
        System.out.printf(
                "generated %s partnerships (%d rows) in %d s%n",
                args[3], rows, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Writes the data set into the (migrated, empty) database; how many rows it wrote. */
    static long run(String url, String user, String password, int partnerships, Path sampleFile) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            Generator generator = new Generator(db);
            generator.generate(partnerships, sampleFile);
            return generator.rows;
        }
    }

    void generate(int partnerships, Path sampleFile) throws Exception {
        // about 2,000 partnerships in the sample, spread over the whole set
        sampleStride = Math.max(1, partnerships / 2_000);
        if (count("partnership") > 0 || count("actor") > 0) {
            throw new IllegalStateException("the database is not empty: generate into a freshly migrated one");
        }
        regionalGovernments(Path.of("bench", "data", "regions-id.csv"));
        foreignActors(
                Path.of("bench", "data", "regions-foreign.csv"), Math.max(partnerships / 2 - 552, partnerships / 4));
        flush();
        // the actors' counts by country and kind, as the service keeps them on write (V20)
        try (var counts = db.prepareStatement("insert into actor_count (country, kind, shard, n)"
                + " select country, kind, 0, count(*) from actor group by country, kind")) {
            counts.executeUpdate();
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < partnerships; i++) {
            partnership(i, taken);
            if ((i + 1) % COMMIT_EVERY == 0) {
                flush();
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %d partnerships%n", i + 1);
                }
            }
        }
        flush();
        // the words' counts by kind, as the service keeps them on write (V23)
        for (String[] kind : new String[][] {
            {"PARTNERSHIP", "partnership_word"},
            {"MILESTONE", "milestone_word"},
            {"SECTOR_PROGRAM", "sector_program_word"}
        }) {
            try (var counts = db.prepareStatement("insert into word_count (kind, word, shard, n) select '" + kind[0]
                    + "', word, 0, count(*) from " + kind[1] + " group by word")) {
                counts.executeUpdate();
            }
        }
        flush();
        // the service computes every kept value at its next start
        try (var delete = db.prepareStatement("delete from kept_state")) {
            delete.executeUpdate();
        }
        db.commit();
        sample.write(sampleFile);
    }

    private long count(String table) throws SQLException {
        try (var query = db.createStatement();
                var result = query.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    // --- actors

    private void regionalGovernments(Path csv) throws Exception {
        for (String line :
                Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",", 4);
            String name = f[2].equals("PROVINCE") ? "Pemerintah Provinsi " + f[3] : "Pemerintah " + f[3];
            Actor actor = actor("GOVERNMENT", name, "ID", f[2], f[0]);
            (f[2].equals("PROVINCE") ? provinces : cities).add(actor);
            sample.add(f[2].equals("PROVINCE") ? "province" : "region", f[0], 1000);
        }
    }

    private void foreignActors(Path csv, int count) throws Exception {
        List<String[]> subdivisions = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        for (String line :
                Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",", 4);
            subdivisions.add(f);
            if (!countries.contains(f[1])) {
                countries.add(f[1]);
            }
        }
        for (int i = 0; i < count; i++) {
            // the first countries of the list are the most frequent partners
            String country = countries.get(skewed(countries.size()));
            List<String[]> ofCountry =
                    subdivisions.stream().filter(s -> s[1].equals(country)).toList();
            String[] subdivision = ofCountry.get(random.nextInt(ofCountry.size()));
            if (random.nextInt(5) == 0) {
                String[] kinds = {"ACADEMIC", "BUSINESS", "NGO", "INTERNATIONAL_ORGANIZATION"};
                String kind = kinds[random.nextInt(kinds.length)];
                institutions.add(actor(
                        kind,
                        kind.charAt(0) + kind.substring(1).toLowerCase().replace('_', ' ') + " " + subdivision[3] + " "
                                + i,
                        country,
                        null,
                        null));
            } else {
                boolean regional = random.nextInt(3) == 0;
                String level = regional ? level(subdivision[2]) : (random.nextBoolean() ? "CITY" : "MUNICIPALITY");
                String name = regional ? "Government of " + subdivision[3] : "City " + i + " of " + subdivision[3];
                foreignGovernments.add(actor("GOVERNMENT", name, country, level, subdivision[0]));
            }
            if (i % 50 == 0) {
                sample.add("country", country, 40);
            }
        }
    }

    private static String level(String isoType) {
        return switch (isoType) {
            case "Province", "Autonomous region", "Region", "Administrative region" -> "PROVINCE";
            case "State", "Land", "Emirate", "Republic" -> "STATE";
            case "Prefecture" -> "PREFECTURE";
            case "Municipality", "Metropolitan city", "Special municipality" -> "MUNICIPALITY";
            default -> "OTHER";
        };
    }

    private Actor actor(String kind, String name, String country, String level, String regionCode) throws SQLException {
        Actor actor = new Actor(uuid(), name, country, regionCode);
        OffsetDateTime created = instant(LocalDate.of(2015, 1, 1));
        batch(ACTOR, actor.id(), created, created, kind, name, SortKey.of(name), country, level, regionCode);
        if (rows % 100 == 0) {
            sample.add("actor", actor.id(), 2000);
        }
        return actor;
    }

    // --- partnerships and their children

    private void partnership(int index, Set<String> taken) throws SQLException {
        String type;
        Actor local;
        Actor partner;
        do {
            int roll = random.nextInt(100);
            type = roll < 45
                    ? "SISTER_CITY"
                    : roll < 65
                            ? "SISTER_PROVINCE"
                            : roll < 80 ? "FRIENDSHIP" : roll < 85 ? "OTHER_REGIONAL" : "INSTITUTIONAL";
            local = switch (type) {
                case "SISTER_PROVINCE" -> provinces.get(random.nextInt(provinces.size()));
                case "SISTER_CITY" -> cities.get(random.nextInt(cities.size()));
                default ->
                    random.nextInt(4) == 0
                            ? provinces.get(random.nextInt(provinces.size()))
                            : cities.get(random.nextInt(cities.size()));
            };
            List<Actor> partners = type.equals("INSTITUTIONAL") ? institutions : foreignGovernments;
            partner = partners.get(skewed(partners.size()));
        } while (!taken.add(local.id() + "/" + partner.id() + "/" + type));

        UUID id = uuid();
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        LocalDate began = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_300));
        PartialDate validFrom = random.nextInt(5) == 0 ? null : partial(began);
        PartialDate validUntil = validFrom != null && random.nextInt(3) > 0
                ? partial(began.plusYears(3 + random.nextInt(8)).plusDays(random.nextInt(300)))
                : null;
        if (validUntil != null && !validUntil.date().isAfter(validFrom.date())) {
            validUntil = null;
        }
        OffsetDateTime created = instant(began);
        List<StageRule.Event> achieved = new ArrayList<>();

        participant(id, local.id(), "SIGNATORY", created);
        participant(id, partner.id(), random.nextInt(3) == 0 ? "INITIATOR" : "SIGNATORY", created);
        for (int p = 0; p < 3; p++) {
            program(id, local, partner, began, created);
        }
        milestones(id, local, partner, began, created, achieved);
        // batches go out parents first (IN_ORDER), so the row can follow its children here, with its stage
        String title = title(type, local, partner, index);
        String description = "Kerja sama " + topic + " antara " + local.name() + " dan " + partner.name();
        String objectives =
                random.nextBoolean() ? "Meningkatkan " + TOPICS[random.nextInt(TOPICS.length)] + " kedua daerah" : null;
        String referenceNumber = random.nextInt(3) == 0 ? "119/" + (1000 + index % 9000) + "/SJ" : null;
        batch(
                PARTNERSHIP,
                id,
                created,
                created,
                title,
                SortKey.of(title),
                type,
                local.id(),
                partner.id(),
                description,
                objectives,
                validFrom == null ? null : validFrom.date(),
                validFrom == null ? null : validFrom.precision().name(),
                validUntil == null ? null : validUntil.date(),
                validUntil == null ? null : validUntil.precision().name(),
                referenceNumber,
                StageRule.of(achieved).name());
        words(
                PARTNERSHIP_WORD,
                id,
                SortKey.of(title),
                title,
                description,
                objectives,
                referenceNumber,
                local.name(),
                partner.name());
        if (index % sampleStride == 0) {
            sample.add("partnership", id, 2000);
            sample.add("word", topic, 16);
        }
    }

    private static String title(String type, Actor local, Actor partner, int index) {
        String kind =
                switch (type) {
                    case "SISTER_PROVINCE" -> "Sister Province";
                    case "SISTER_CITY" -> "Sister City";
                    case "FRIENDSHIP" -> "Kerja Sama Persahabatan";
                    case "OTHER_REGIONAL" -> "Kerja Sama Daerah";
                    default -> "Kerja Sama Kelembagaan";
                };
        return kind + " " + local.name().replace("Pemerintah ", "") + " - " + partner.name() + " #" + index;
    }

    private void participant(UUID partnership, UUID actor, String role, OffsetDateTime created) throws SQLException {
        batch(PARTICIPANT, uuid(), created, created, partnership, actor, role);
    }

    private void program(UUID partnership, Actor local, Actor partner, LocalDate began, OffsetDateTime created)
            throws SQLException {
        UUID id = uuid();
        String[] statuses = {"PROPOSED", "AGREED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "STALLED", "CANCELLED"};
        String status = statuses[random.nextInt(statuses.length)];
        boolean budget = random.nextInt(10) < 6;
        LocalDate start = began.plusDays(random.nextInt(2000));
        PartialDate from = random.nextInt(4) == 0 ? null : partial(start);
        PartialDate to =
                from != null && random.nextBoolean() ? partial(start.plusDays(200 + random.nextInt(900))) : null;
        if (to != null && to.date().isBefore(from.date())) {
            to = null;
        }
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        String title =
                "Program " + sector.toLowerCase().replace('_', ' ') + " " + TOPICS[random.nextInt(TOPICS.length)];
        String description =
                random.nextBoolean() ? "Program bersama di bidang " + TOPICS[random.nextInt(TOPICS.length)] : null;
        batch(
                PROGRAM,
                id,
                created,
                created,
                partnership,
                sector,
                title,
                SortKey.of(title),
                description,
                status,
                random.nextInt(5) == 0 ? null : local.id(),
                budget ? BigDecimal.valueOf(10_000_000L * (1 + random.nextInt(500))) : null,
                budget ? "IDR" : null,
                random.nextInt(6) == 0 ? null : SIDES[random.nextInt(SIDES.length)],
                from == null ? null : from.date(),
                from == null ? null : from.precision().name(),
                to == null ? null : to.date(),
                to == null ? null : to.precision().name(),
                // where the partnership is, as the service copies it onto its programs (V7)
                local.regionCode(),
                local.regionCode() == null ? null : local.regionCode().substring(0, 2),
                partner.country());
        words(PROGRAM_WORD, id, SortKey.of(title), title, description);
        if (status.equals("STALLED")) {
            batch(OBSTACLE, id, OBSTACLES[random.nextInt(OBSTACLES.length)]);
        }
        if (rows % 50 == 0) {
            sample.add("program", id, 2000);
        }
    }

    /** Ten milestones: the formal path as far as this partnership got, activities, and plans (some overdue). */
    private void milestones(
            UUID partnership,
            Actor local,
            Actor partner,
            LocalDate began,
            OffsetDateTime created,
            List<StageRule.Event> achieved)
            throws SQLException {
        List<MilestoneType> path = new ArrayList<>(List.of(MilestoneType.INITIAL_CONTACT));
        int reached = random.nextInt(10);
        if (reached >= 1) path.add(MilestoneType.LETTER_OF_INTENT);
        if (reached >= 2) path.add(MilestoneType.MINUTES_OF_MEETING);
        if (reached >= 3) path.add(MilestoneType.LEGISLATIVE_APPROVAL);
        if (reached >= 4) path.add(MilestoneType.AGREEMENT_SIGNED);
        if (reached >= 7) path.add(MilestoneType.AGREEMENT_RENEWED);
        if (reached == 8) path.add(MilestoneType.AGREEMENT_EXPIRED);
        if (reached == 9) path.add(MilestoneType.TERMINATED);
        LocalDate day = began;
        for (MilestoneType type : path) {
            day = day.plusDays(30 + random.nextInt(500));
            if (day.isAfter(TODAY)) {
                day = TODAY.minusDays(random.nextInt(30));
            }
            milestone(partnership, type, "ACHIEVED", partial(day), null, null, local, partner, created, achieved);
        }
        for (int i = path.size(); i < 10; i++) {
            MilestoneType[] activities = {
                MilestoneType.VISIT, MilestoneType.MEETING, MilestoneType.ACTIVITY, MilestoneType.EVALUATION
            };
            MilestoneType type = activities[random.nextInt(activities.length)];
            String side = type == MilestoneType.EVALUATION ? null : SIDES[random.nextInt(SIDES.length)];
            LocalDate when = began.plusDays(random.nextInt((int) Math.max(1, TODAY.toEpochDay() - began.toEpochDay())));
            int roll = random.nextInt(10);
            if (roll < 6) {
                milestone(partnership, type, "ACHIEVED", partial(when), null, side, local, partner, created, achieved);
            } else if (roll < 9) {
                // planned: mostly ahead, some overdue
                LocalDate target = TODAY.plusDays(random.nextInt(900) - 200);
                milestone(partnership, type, "PLANNED", null, partial(target), side, local, partner, created, achieved);
            } else {
                milestone(
                        partnership,
                        type,
                        random.nextBoolean() ? "MISSED" : "CANCELLED",
                        null,
                        partial(when),
                        side,
                        local,
                        partner,
                        created,
                        achieved);
            }
        }
    }

    private void milestone(
            UUID partnership,
            MilestoneType type,
            String status,
            PartialDate occurred,
            PartialDate target,
            String side,
            Actor local,
            Actor partner,
            OffsetDateTime created,
            List<StageRule.Event> achieved)
            throws SQLException {
        UUID id = uuid();
        String[] places = {null, null, "Jakarta", "Surabaya", "Makassar", "Medan", "Denpasar", "Balai Kota"};
        String title =
                type.name().charAt(0) + type.name().substring(1).toLowerCase().replace('_', ' ') + " "
                        + TOPICS[random.nextInt(TOPICS.length)];
        String place = places[random.nextInt(places.length)];
        String documentNumber = type.name().startsWith("AGREEMENT") ? "MOU/" + random.nextInt(10_000) : null;
        batch(
                MILESTONE,
                id,
                created,
                created,
                partnership,
                type.name(),
                title,
                SortKey.of(title),
                status,
                target == null ? null : target.date(),
                target == null ? null : target.precision().name(),
                occurred == null ? null : occurred.date(),
                occurred == null ? null : occurred.precision().name(),
                side,
                place,
                documentNumber);
        // the timeline date, as the database generates it (V3): when it happened, or else when it is due
        LocalDate timeline = occurred != null ? occurred.date() : target == null ? null : target.date();
        words(MILESTONE_WORD, id, timeline, title, place, documentNumber);
        if (random.nextInt(4) == 0) {
            batch(MILESTONE_ACTOR, id, local.id());
            if (random.nextBoolean()) {
                batch(MILESTONE_ACTOR, id, partner.id());
            }
        }
        if (status.equals("ACHIEVED")) {
            achieved.add(new StageRule.Event(type, occurred, created, id));
        }
        if (rows % 200 == 0) {
            sample.add("milestone", partnership + "/milestones/" + id, 2000);
        }
    }

    // --- values

    private PartialDate partial(LocalDate day) {
        int roll = random.nextInt(10);
        return roll < 2
                ? new PartialDate(day.withDayOfYear(1), Precision.YEAR)
                : roll < 5
                        ? new PartialDate(day.withDayOfMonth(1), Precision.MONTH)
                        : new PartialDate(day, Precision.DAY);
    }

    private OffsetDateTime instant(LocalDate day) {
        return day.atTime(8 + random.nextInt(9), random.nextInt(60)).atOffset(ZoneOffset.UTC);
    }

    private UUID uuid() {
        return new UUID(
                random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    /** An index into a list of {@code size}, the first entries far more often than the last. */
    private int skewed(int size) {
        double x = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(size * x * x));
    }

    // --- JDBC batches

    /** The rows of an item's words, as the service keeps them. */
    private void words(String sql, UUID id, Object key, String... texts) throws SQLException {
        for (String word : Words.of(texts)) {
            batch(sql, id, word, key);
        }
    }

    private void batch(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        set(statement, values);
        statement.addBatch();
        rows++;
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                statement.setNull(at, Types.NULL);
            } else if (v instanceof LocalDate d) {
                statement.setDate(at, Date.valueOf(d));
            } else if (v instanceof OffsetDateTime t) {
                statement.setObject(at, t);
            } else {
                statement.setObject(at, v);
            }
        }
    }

    /** Sends every pending batch in the order the statements were first used (parents before children). */
    private void flush() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
        db.commit();
    }
}
