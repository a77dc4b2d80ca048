package pl.odnowa.common;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * A timestamp as the API's mapper writes it (ISO_OFFSET_DATE_TIME: {@code 2026-12-07T09:22:04.646048Z}, the fraction
 * without trailing zeros, none when zero). A UTC value, which is what the JDBC driver returns for timestamptz, is
 * written into a char array instead of through {@link DateTimeFormatter}, the largest single frame of serialising a
 * page of projects (docs/performance.md, sections 12 and 16); other offsets and years outside 0–9999 go through the
 * formatter. {@code UtcTimestampSerializerTest} checks it
 * against the mapper's own output.
 */
public final class UtcTimestampSerializer extends StdSerializer<OffsetDateTime> {

    public UtcTimestampSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(format(value));
    }

    public static String format(OffsetDateTime value) {
        OffsetDateTime utc = value;
        int year = utc.getYear();
        if (year < 0 || year > 9999 || !utc.getOffset().equals(ZoneOffset.UTC)) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc);
        }
        char[] c = new char[30];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, utc.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, utc.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, utc.getHour(), 2);
        c[13] = ':';
        digits(c, 14, utc.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, utc.getSecond(), 2);
        int end = 19;
        int nano = utc.getNano();
        if (nano != 0) {
            c[19] = '.';
            digits(c, 20, nano, 9);
            end = 29;
            while (c[end - 1] == '0') {
                end--;
            }
        }
        c[end++] = 'Z';
        return new String(c, 0, end);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
