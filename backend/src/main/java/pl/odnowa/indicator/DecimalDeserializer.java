package pl.odnowa.indicator;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an indicator value as Jackson does (string or number, same errors), then drops trailing zeros, so that
 * 0.0001 sent as 1.0E-4 or 27.50000 is not refused by @Digits(fraction = 4) for digits that carry no value.
 */
final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    DecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        return value == null || value.scale() <= 4 ? value : value.stripTrailingZeros();
    }
}
