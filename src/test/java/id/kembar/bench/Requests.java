package id.kembar.bench;

import id.kembar.finding.FindingSeverity;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.PartnershipType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's requests: each endpoint of {@code bench/endpoints.txt} as a list of concrete paths, its
 * placeholders drawn from a data set's sample, so that each request of a run asks for another page or filter value,
 * as dashboards do (one request repeated would be served from the database's cache and hide the cost).
 *
 * <p>{@code Requests <endpoints.txt> <sample.txt> <output-directory>} writes one file of paths per endpoint.
 */
public final class Requests {

    static final int PATHS_PER_ENDPOINT = 1_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");

    /** One line of endpoints.txt. */
    public record Endpoint(String name, String goal, String template) {}

    private final Map<String, Supplier<String>> values = new HashMap<>();
    private final Random random = new Random(7);
    private int year = 2026;

    Requests(Map<String, List<String>> sample) {
        sample.forEach((key, list) -> values.put(key, () -> list.get(random.nextInt(list.size()))));
        values.put("stage", () -> pick(PartnershipStage.values()).name());
        values.put("type", () -> pick(PartnershipType.values()).name());
        values.put("finding", () -> pick(FindingCode.values()).name());
        values.put("severity", () -> pick(FindingSeverity.values()).name());
        values.put("year", () -> String.valueOf(year = 2000 + random.nextInt(27)));
        // a range ends one to five years after the {year} before it, as a dashboard asks for a year or a few
        values.put("until", () -> String.valueOf(Math.min(2026, year + random.nextInt(5))));
        values.put("page", () -> String.valueOf(1 + random.nextInt(50)));
        values.put("page5", () -> String.valueOf(1 + random.nextInt(5)));
    }

    public static void main(String[] args) throws IOException {
        Requests requests = new Requests(sample(Path.of(args[1])));
        Path out = Files.createDirectories(Path.of(args[2]));
        for (Endpoint endpoint : endpoints(Path.of(args[0]))) {
            Files.write(out.resolve(endpoint.name() + ".txt"), requests.paths(endpoint, PATHS_PER_ENDPOINT));
        }
    }

    public static List<Endpoint> endpoints(Path file) throws IOException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split("\\s+");
                endpoints.add(new Endpoint(f[0], f[1], f[2]));
            }
        }
        return endpoints;
    }

    public static Map<String, List<String>> sample(Path file) throws IOException {
        Map<String, List<String>> sample = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            sample.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>())
                    .add(line.substring(eq + 1));
        }
        return sample;
    }

    List<String> paths(Endpoint endpoint, int count) {
        List<String> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Matcher m = PLACEHOLDER.matcher(endpoint.template());
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                Supplier<String> value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException(
                            endpoint.name() + ": no values for {" + m.group(1) + "}; known: " + values.keySet());
                }
                m.appendReplacement(path, Matcher.quoteReplacement(value.get()));
            }
            m.appendTail(path);
            paths.add(path.toString());
        }
        return paths;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }
}
