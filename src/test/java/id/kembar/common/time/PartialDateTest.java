package id.kembar.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2015,       YEAR,  2015-01-01, 2015-12-31",
        "2016-11,    MONTH, 2016-11-01, 2016-11-30",
        "2024-02,    MONTH, 2024-02-01, 2024-02-29",
        "2016-11-18, DAY,   2016-11-18, 2016-11-18"
    })
    void keepsItsPrecisionAndKnowsItsFirstAndLastDay(
            String text, PartialDate.Precision precision, LocalDate first, LocalDate last) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(precision, date.precision());
        assertEquals(first, date.firstDay());
        assertEquals(last, date.lastDay());
        assertEquals(text, date.toString(), "never widened");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "15",
                "0000",
                "0999-12",
                "2016-1",
                "2016-13",
                "2016-02-30",
                "2016-11-18T00:00",
                "2016/11",
                " 2016",
                "2016-11-18-01",
                "year"
            })
    void rejectsAnythingButYearMonthOrDay(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().startsWith("must be a date in the form YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @Test
    void sortsByFirstDayThenByPrecision() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2016-11-18"),
                PartialDate.parse("2016"),
                PartialDate.parse("2016-01"),
                PartialDate.parse("2015-12-31"),
                PartialDate.parse("2016-01-01")));
        Collections.sort(dates);
        assertEquals("[2015-12-31, 2016, 2016-01, 2016-01-01, 2016-11-18]", dates.toString());
    }
}
