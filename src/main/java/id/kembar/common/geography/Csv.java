package id.kembar.common.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reference data files of {@code reference/data} (written by {@code scripts/reference-data}): UTF-8, one
 * record per line, a header line first, fields quoted (RFC 4180) only where they hold a comma or a quote.
 */
final class Csv {

    private Csv() {}

    /** The records of a resource, without its header; each has as many fields as the header names. */
    static List<List<String>> read(String resource) {
        InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + resource + " on the class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null) {
                throw new IllegalStateException(resource + " is empty");
            }
            int width = fields(header).size();
            List<List<String>> records = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> record = fields(line);
                if (record.size() != width) {
                    throw new IllegalStateException(resource + ": " + record.size() + " fields instead of " + width
                            + " in line " + (records.size() + 2));
                }
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one line; an empty field is an empty string. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
