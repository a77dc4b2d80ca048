package pl.odnowa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The fast timestamp writer must write exactly what the API's own mapper writes for an OffsetDateTime. */
@QuarkusTest
class UtcTimestampSerializerTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void writesWhatTheMapperWrites() throws Exception {
        List<OffsetDateTime> values = new ArrayList<>(List.of(
                OffsetDateTime.parse("2026-12-07T09:22:04.646048Z"), // as the database gives it: microseconds, UTC
                OffsetDateTime.parse("2026-12-07T09:22:04Z"), // no fraction
                OffsetDateTime.parse("2026-12-07T09:22:00Z"), // seconds zero: still written
                OffsetDateTime.parse("2026-01-01T00:00:00.100Z"),
                OffsetDateTime.parse("2026-01-01T00:00:00.000000001Z"),
                OffsetDateTime.parse("2026-01-01T00:00:00.999999999Z"),
                OffsetDateTime.parse("2026-03-29T02:30:00.5+02:00"), // another offset: kept (through the formatter)
                OffsetDateTime.parse("0001-01-01T00:00:00Z"),
                OffsetDateTime.parse("0999-12-31T23:59:59.01Z"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999Z"),
                OffsetDateTime.parse("+10000-01-01T00:00:00Z"), // through the formatter
                OffsetDateTime.parse("-0001-01-01T00:00:00Z")));
        Random random = new Random(16);
        for (int i = 0; i < 2000; i++) {
            values.add(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000) * 1000L), ZoneOffset.ofHours(random.nextInt(-12, 13))));
        }
        for (OffsetDateTime value : values) {
            assertEquals(mapper.writeValueAsString(value), "\"" + UtcTimestampSerializer.format(value) + "\"", value.toString());
        }
    }
}
