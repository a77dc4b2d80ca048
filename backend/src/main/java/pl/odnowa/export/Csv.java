package pl.odnowa.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV text written with commons-csv (RFC 4180: CRLF, fields with commas, quotes or line breaks quoted). */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    /** The header line and one line per row; null cells are written as empty fields. */
    public static String write(String[] header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /** Decimal without exponent and without trailing zeros (numeric(20,4) 25.3000 → 25.3, 1E+3 → 1000). */
    static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Money keeps its two fraction digits (numeric(16,2)), never in exponent notation. */
    static String money(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
