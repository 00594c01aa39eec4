package id.kembar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the raw figures of a benchmark run (bench/results/*.tsv, written by bench/run), holds each one to its goal
 * (issue "Performance at national scale") and prints them as Markdown tables with PASS or FAIL; with a second file,
 * also how each endpoint moved since that run.
 *
 * <p>{@code Report <results.tsv> [<earlier-results.tsv>]}
 */
public final class Report {

    static final String SMALL = "1k";
    static final String LARGE = "100k";

    /** One endpoint of one data set on one database. */
    record Load(
            String name,
            String goal,
            double rps,
            double p50,
            double p95,
            double p99,
            long requests,
            long errors,
            long non2xx,
            long fives,
            double statements) {

        static Load of(String[] f) {
            return new Load(
                    f[3],
                    f[4],
                    Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]),
                    Double.parseDouble(f[8]),
                    Long.parseLong(f[9]),
                    Long.parseLong(f[10]),
                    Long.parseLong(f[11]),
                    Long.parseLong(f[12]),
                    Double.parseDouble(f[13]));
        }

        boolean clean() {
            return errors == 0 && non2xx == 0 && fives == 0 && requests > 0;
        }
    }

    /** Everything measured on one database. */
    static final class Db {
        final Map<String, Map<String, Load>> loads = new LinkedHashMap<>(); // size -> name -> load
        final Map<String, Double> startup = new LinkedHashMap<>();
        final Map<String, double[]> first = new LinkedHashMap<>();
        final Map<String, double[]> firstFindings = new LinkedHashMap<>();
        final Map<String, Double> rss = new LinkedHashMap<>();
        final Map<String, String[]> writes = new LinkedHashMap<>();

        Optional<Load> load(String size, String name) {
            return Optional.ofNullable(loads.getOrDefault(size, Map.of()).get(name));
        }

        /** The req/s of the static endpoint's measurements in a data set's run (first, middle, last), in order. */
        List<Double> statics(String size) {
            return loads.getOrDefault(size, Map.of()).values().stream()
                    .filter(l -> l.goal().equals("static"))
                    .map(Load::rps)
                    .toList();
        }

        /**
         * What the other endpoints are held against: the median of the static measurements, so that a moment when the
         * shared machine was busier or quieter than the rest of the run does not move every ratio (NaN without one).
         */
        double baseline(String size) {
            List<Double> all = statics(size).stream().sorted().toList();
            if (all.isEmpty()) {
                return Double.NaN;
            }
            int mid = all.size() / 2;
            return all.size() % 2 == 1 ? all.get(mid) : (all.get(mid - 1) + all.get(mid)) / 2;
        }
    }

    final Map<String, Db> dbs = new LinkedHashMap<>();
    final List<String> machine = new ArrayList<>();
    final List<String> out = new ArrayList<>();
    int failures;

    public static void main(String[] args) throws IOException {
        Report report = Report.read(Path.of(args[0]));
        report.print(args.length > 1 ? Report.read(Path.of(args[1])) : null);
        report.out.forEach(System.out::println);
        System.exit(report.failures == 0 ? 0 : 1);
    }

    static Report read(Path file) throws IOException {
        Report report = new Report();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f[0].equals("machine")) {
                report.machine.addAll(List.of(f).subList(1, f.length));
                continue;
            }
            Db db = report.dbs.computeIfAbsent(f[1], k -> new Db());
            switch (f[0]) {
                case "endpoint" ->
                    db.loads.computeIfAbsent(f[2], k -> new LinkedHashMap<>()).put(f[3], Load.of(f));
                case "startup" -> db.startup.put(f[2], Double.parseDouble(f[3]));
                case "first" -> db.first.put(f[2], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                case "first-findings" ->
                    db.firstFindings.put(f[2], new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                case "rss" -> db.rss.put(f[2], Double.parseDouble(f[3]));
                case "writes" -> db.writes.put(f[2], f);
                default -> throw new IllegalArgumentException("unknown line: " + line);
            }
        }
        return report;
    }

    void print(Report earlier) {
        out.add("Machine: " + String.join(", ", machine));
        dbs.forEach((kind, db) -> {
            out.add("");
            out.add("### " + (kind.equals("h2") ? "H2 (embedded, file)" : "PostgreSQL") + "");
            out.add("");
            endpoints(kind, db, earlier == null ? null : earlier.dbs.get(kind));
            out.add("");
            out.add(baselines(db));
            out.add("");
            service(db);
        });
        out.add("");
        out.add(failures == 0 ? "Every goal met." : failures + " goal(s) not met.");
    }

    private void endpoints(String kind, Db db, Db earlier) {
        out.add("| endpoint | goal | 1k req/s | 1k p95 ms | 100k req/s | 100k p50 / p95 / p99 ms | % of static (100k) "
                + "| SQL per request (1k / 100k) | verdict |" + (earlier == null ? "" : " vs earlier run (100k) |"));
        out.add("|---|---|---:|---:|---:|---:|---:|---:|---|" + (earlier == null ? "" : "---|"));
        Set<String> names = new LinkedHashSet<>();
        db.loads.values().forEach(m -> names.addAll(m.keySet()));
        for (String name : names) {
            Optional<Load> small = db.load(SMALL, name);
            Optional<Load> large = db.load(LARGE, name);
            Load any = large.or(() -> small).orElseThrow();
            String verdict = verdict(kind, db, any.goal(), small, large);
            double staticRps = db.baseline(LARGE);
            out.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%s",
                    name,
                    any.goal(),
                    small.map(l -> fmt(l.rps())).orElse("–"),
                    small.map(l -> fmt(l.p95())).orElse("–"),
                    large.map(l -> fmt(l.rps())).orElse("–"),
                    large.map(l -> fmt(l.p50()) + " / " + fmt(l.p95()) + " / " + fmt(l.p99()))
                            .orElse("–"),
                    large.map(l -> fmt(100 * l.rps() / staticRps) + "%").orElse("–"),
                    small.map(l -> fmt(l.statements())).orElse("–") + " / "
                            + large.map(l -> fmt(l.statements())).orElse("–"),
                    verdict,
                    earlier == null ? "" : " " + change(large, earlier.load(LARGE, name)) + " |"));
        }
    }

    /** The line that says which static measurements the shares are taken of. */
    private static String baselines(Db db) {
        List<String> sizes = new ArrayList<>();
        for (String size : List.of(SMALL, LARGE)) {
            List<Double> statics = db.statics(size);
            if (!statics.isEmpty()) {
                sizes.add(size + " " + fmt(db.baseline(size)) + " req/s (of "
                        + String.join(" / ", statics.stream().map(Report::fmt).toList()) + ")");
            }
        }
        return "Shares of static are of the median of the static endpoint's measurements in the run (first, middle and "
                + "last of the endpoints): " + String.join("; ", sizes) + ".";
    }

    private String verdict(String kind, Db db, String goal, Optional<Load> small, Optional<Load> large) {
        List<String> failed = new ArrayList<>();
        for (Optional<Load> load : List.of(small, large)) {
            load.filter(l -> !l.clean())
                    .ifPresent(l -> failed.add(l.non2xx() + l.errors() + " errors or non-2xx of " + l.requests()));
        }
        // an average over requests: a page past the last one at 1k issues fewer statements (nothing to fetch for its
        // items), so a fraction of one is the data's shape; a query per item would add a whole one and more
        if (small.isPresent()
                && large.isPresent()
                && large.get().statements() - small.get().statements() >= 1) {
            failed.add("SQL per request grows with the data");
        }
        String measured = "";
        switch (goal) {
            case "static" -> measured = "baseline";
            case "by-id" -> {
                for (String size : List.of(SMALL, LARGE)) {
                    Optional<Load> load =
                            db.load(size, small.or(() -> large).orElseThrow().name());
                    double share = share(db, size, load);
                    if (!Double.isNaN(share)) {
                        measured += (measured.isEmpty() ? "" : ", ") + fmt(100 * share) + "% of static at " + size;
                        if (share < 0.5) {
                            failed.add("below 50% of static at " + size);
                        }
                    }
                }
            }
            case "list", "list-q" -> {
                measured = growth(small, large, goal.equals("list-q") && kind.equals("h2") ? 10 : 3, failed);
                for (String size : List.of(SMALL, LARGE)) {
                    double share = share(db, size, size.equals(SMALL) ? small : large);
                    if (share < 0.1) {
                        failed.add(fmt(100 * share) + "% of static at " + size);
                    }
                }
            }
            case "page-size" -> {
                // a page of 100: the issue holds it to the statements of a page of 20 (and the bench to the growth of
                // a list); the share of static is asked of pages of 20
                measured = growth(small, large, 3, failed);
                for (String size : List.of(SMALL, LARGE)) {
                    Optional<Load> page = size.equals(SMALL) ? small : large;
                    Optional<Load> twenty = db.load(size, "partnerships");
                    if (page.isPresent()
                            && twenty.isPresent()
                            && page.get().statements() - twenty.get().statements() >= 1) {
                        failed.add("SQL per request grows with the page size at " + size);
                    }
                }
            }
            case "dashboard" -> {
                Optional<Load> byId = db.load(LARGE, "partnership");
                if (large.isPresent() && byId.isPresent()) {
                    double ratio = large.get().p95() / byId.get().p95();
                    measured = "p95 " + fmt(ratio) + "x of GET by id (≤ 20x)";
                    if (ratio > 20) {
                        failed.add("p95 " + fmt(ratio) + "x of GET by id");
                    }
                }
            }
            default -> failed.add("unknown goal " + goal);
        }
        return judge(measured, failed);
    }

    /** A list's p95 at 100k against its p95 at 1k, held to {@code limit}; what was measured ("" without both). */
    private static String growth(Optional<Load> small, Optional<Load> large, double limit, List<String> failed) {
        if (small.isEmpty() || large.isEmpty()) {
            return "";
        }
        double ratio = large.get().p95() / small.get().p95();
        if (ratio > limit) {
            failed.add("p95 grows " + fmt(ratio) + "x");
        }
        return "p95 " + fmt(ratio) + "x of 1k (≤ " + fmt(limit) + "x)";
    }

    private void service(Db db) {
        out.add("| measure | 1k | 100k | goal | verdict |");
        out.add("|---|---:|---:|---|---|");
        Double empty = db.startup.get("empty");
        for (String size : List.of(SMALL, LARGE)) {
            Double ready = db.startup.get(size);
            if (ready != null && empty != null && size.equals(LARGE)) {
                List<String> failed = ready > 1.3 * empty ? List.of("too slow") : List.of();
                out.add(row(
                        "start-up to ready, ms (empty database: " + fmt(empty) + ")",
                        db.startup.get(SMALL),
                        ready,
                        "100k ≤ 1.3x empty",
                        judge(fmt(ready / empty) + "x", failed)));
            }
        }
        first(db.first, "first request after ready (a partnership page) / a warm one, ms");
        first(db.firstFindings, "first findings page after ready / a warm one, ms");
        Double rssLarge = db.rss.get(LARGE);
        Double rssSmall = db.rss.get(SMALL);
        double worst = Math.max(rssLarge == null ? 0 : rssLarge, rssSmall == null ? 0 : rssSmall);
        out.add(row(
                "RSS after the load, MB",
                rssSmall,
                rssLarge,
                "≤ 512 MB",
                judge("", worst > 512 ? List.of("over 512 MB") : List.of())));
        for (String size : List.of(SMALL, LARGE)) {
            String[] w = db.writes.get(size);
            if (w == null) {
                continue;
            }
            // writes/s, p50, p95, p99, writes, reads, errors, 5xx, 412, other 4xx
            double rate = Double.parseDouble(w[3]);
            List<String> failed = new ArrayList<>();
            if (Long.parseLong(w[9]) + Long.parseLong(w[10]) + Long.parseLong(w[12]) > 0) {
                failed.add(w[9] + " socket errors, " + w[10] + " 5xx, " + w[12] + " other 4xx");
            }
            double byId = db.load(size, "partnership").map(Load::rps).orElse(Double.NaN);
            if (rate < 0.25 * byId) {
                failed.add("below 25% of GET by id");
            }
            out.add(String.format(
                    Locale.ROOT,
                    "| write mix at %s: %s writes/s, p95 %s ms (%s writes, %s reads for ETags, %s × 412) | | | "
                            + "no 5xx, ≥ 25%% of GET by id | %s |",
                    size,
                    fmt(rate),
                    fmt(Double.parseDouble(w[5])),
                    w[7],
                    w[8],
                    w[11],
                    judge(fmt(100 * rate / byId) + "% of GET by id", failed)));
        }
    }

    private static double share(Db db, String size, Optional<Load> load) {
        return load.isPresent() ? load.get().rps() / db.baseline(size) : Double.NaN;
    }

    private String judge(String measured, List<String> failed) {
        if (failed.isEmpty()) {
            return measured.equals("baseline") ? measured : "PASS" + (measured.isEmpty() ? "" : " (" + measured + ")");
        }
        failures++;
        return "**FAIL** (" + String.join("; ", failed) + (measured.isEmpty() ? "" : "; " + measured) + ")";
    }

    private static String change(Optional<Load> now, Optional<Load> before) {
        if (now.isEmpty() || before.isEmpty()) {
            return "–";
        }
        return "req/s " + fmt(100 * (now.get().rps() / before.get().rps() - 1)) + "%, p95 "
                + fmt(100 * (now.get().p95() / before.get().p95() - 1)) + "%";
    }

    private static String row(String measure, Double small, Double large, String goal, String verdict) {
        return "| " + measure + " | " + (small == null ? "–" : fmt(small)) + " | " + (large == null ? "–" : fmt(large))
                + " | " + goal + " | " + verdict + " |";
    }

    static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** A first call after ready against the same call warm: at most 3x (issue "Hardening", part 6). */
    private void first(Map<String, double[]> firsts, String measure) {
        double[] small = firsts.get(SMALL);
        double[] large = firsts.get(LARGE);
        double[] judged = large != null ? large : small;
        if (judged != null) {
            double ratio = judged[0] / judged[1];
            out.add(row(
                    measure,
                    small == null ? null : small[0],
                    large == null ? null : large[0],
                    "≤ 3x warm (" + fmt(judged[1]) + " ms)",
                    judge(fmt(ratio) + "x", ratio > 3 ? List.of("too slow") : List.of())));
        }
    }
}
