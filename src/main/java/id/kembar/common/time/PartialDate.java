package id.kembar.common.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date known to the year, the month or the day ({@code 2015}, {@code 2016-11}, {@code 2016-11-18}), kept with its
 * precision: the API never widens {@code 2016-11} into {@code 2016-11-01}. Stored as its first day plus the precision,
 * so that the database can sort and filter it by its first day.
 */
@Embeddable
@Schema(
        name = "PartialDate",
        type = SchemaType.STRING,
        format = "partial-date",
        pattern = PartialDate.PATTERN,
        example = "2016-11",
        description = "An ISO 8601 calendar date in full or reduced precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. "
                + "Sorting and range filters use its first day; as a deadline it passes only after its last day.")
public record PartialDate(LocalDate date, @Enumerated(EnumType.STRING) Precision precision)
        implements Comparable<PartialDate> {

    /** The years a partial date can have (four digits). */
    public static final int FIRST_YEAR = 1000;

    public static final int LAST_YEAR = 9999;

    public static final String PATTERN = "^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    public static final String FORMAT_MESSAGE =
            "must be a date in the form YYYY, YYYY-MM or YYYY-MM-DD (years 1000 to 9999)";
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{3})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::date).thenComparing(PartialDate::precision);

    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    public PartialDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("a partial date needs a date and a precision");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : SHAPE.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(FORMAT_MESSAGE);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(FORMAT_MESSAGE + " (" + text + " is not a calendar date)");
        }
    }

    /** JAX-RS uses this to read query parameters. */
    public static PartialDate fromString(String text) {
        return parse(text);
    }

    public LocalDate firstDay() {
        return date;
    }

    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @JsonValue
    @Override
    public String toString() {
        // the first day in ISO form (YYYY-MM-DD), cut to the precision: list pages write many of these, and a
        // Formatter costs more than the rest of it
        String day = date.toString();
        return switch (precision) {
            case YEAR -> day.substring(0, day.length() - "-MM-DD".length());
            case MONTH -> day.substring(0, day.length() - "-DD".length());
            case DAY -> day;
        };
    }
}
