package id.kembar.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;

import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's settings table cannot drift from the configuration: every setting of Kembar's mapping
 * ({@link KembarConfig}) and every setting that application.properties lets the environment set ({@code
 * ${KEMBAR_…:default}}, an empty default "unset") has its row, with the environment variable that sets it and its default; and every row of
 * Kembar's own names a setting the mapping has.
 */
class SettingsTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\| ([^|]*) \\|.*$");
    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("^\\$\\{([A-Z0-9_]+):(.*)}$");
    private static final Pattern FIRST_CODE = Pattern.compile("`([^`]*)`");

    record Row(String environment, String defaultValue) {}

    /** What the configuration says a row must say: its environment variable and its default (null: none). */
    record Setting(String environment, String defaultValue) {}

    @Test
    void everySettingHasItsRowWithItsVariableAndDefault() throws IOException {
        Map<String, Row> table = table();
        Map<String, Setting> settings = settings();
        assertThat(settings.size(), greaterThan(20));

        List<String> wrong = new ArrayList<>();
        settings.forEach((name, setting) -> {
            Row row = table.get(name);
            if (row == null) {
                wrong.add(name + " has no row");
                return;
            }
            if (!row.environment().equals(setting.environment())) {
                wrong.add(name + ": the row says " + row.environment() + ", it is set by " + setting.environment());
            }
            if (setting.defaultValue() != null && !agrees(row.defaultValue(), setting.defaultValue())) {
                wrong.add(name + ": the row's default is " + row.defaultValue() + ", the configuration's "
                        + setting.defaultValue());
            }
        });
        table.keySet().stream()
                .filter(name -> name.startsWith("kembar.") && !settings.containsKey(name))
                .forEach(name -> wrong.add(name + " has a row but is no setting"));
        assertThat(wrong, empty());
    }

    /** The first code span of the row's default column, or a shortened one ({@code jdbc:h2:…}) its start. */
    private static boolean agrees(String column, String value) {
        if (value.isEmpty()) {
            // ${VARIABLE:} is no value at all
            return column.startsWith("unset");
        }
        Matcher code = FIRST_CODE.matcher(column);
        if (!code.find()) {
            return false;
        }
        String shown = code.group(1);
        return shown.endsWith("…") ? value.startsWith(shown.substring(0, shown.length() - 1)) : shown.equals(value);
    }

    private static Map<String, Row> table() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int start = readme.indexOf("## Configuration");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : readme.subList(start + 1, readme.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1), new Row(row.group(2), row.group(3).trim()));
            }
        }
        return rows;
    }

    /**
     * The mapping's settings (the environment variable is the name's, upper case with underscores), then those that
     * application.properties sets for all profiles: its value is their default, and one it takes from the
     * environment names the variable.
     */
    private static Map<String, Setting> settings() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        mapping("kembar", KembarConfig.class, settings);
        for (String name : properties.stringPropertyNames()) {
            Matcher environment = FROM_ENVIRONMENT.matcher(properties.getProperty(name));
            if (name.startsWith("%")) {
                continue;
            }
            if (environment.matches()) {
                settings.put(name, new Setting(environment.group(1), environment.group(2)));
            } else if (settings.containsKey(name)) {
                settings.put(name, new Setting(settings.get(name).environment(), properties.getProperty(name)));
            }
        }
        // a profile's value from the environment (the JSON log of the packaged service)
        for (String name : properties.stringPropertyNames()) {
            Matcher environment = FROM_ENVIRONMENT.matcher(properties.getProperty(name));
            if (name.startsWith("%prod.") && environment.matches()) {
                settings.put(
                        name.substring("%prod.".length()), new Setting(environment.group(1), environment.group(2)));
            }
        }
        return settings;
    }

    private static void mapping(String prefix, Class<?> type, Map<String, Setting> settings) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic() || method.getParameterCount() > 0) {
                continue;
            }
            String name = prefix + "." + kebab(method.getName());
            if (method.getReturnType().getEnclosingClass() == KembarConfig.class) {
                mapping(name, method.getReturnType(), settings);
            } else {
                WithDefault value = method.getAnnotation(WithDefault.class);
                settings.put(name, new Setting(environment(name), value == null ? null : value.value()));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String environment(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
