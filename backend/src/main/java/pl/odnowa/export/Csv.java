package pl.odnowa.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.ws.rs.core.StreamingOutput;

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
        try {
            print(out, header, rows.iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * The same file written as the rows are read, for a response body: {@code rows} is opened when the body is
     * written and closed after its last row, so only the rows in flight are in memory, whatever the file's size.
     */
    public static StreamingOutput stream(String[] header, Supplier<Stream<? extends List<?>>> rows) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (Stream<? extends List<?>> opened = rows.get()) {
                print(writer, header, opened.iterator());
            }
            writer.flush();
        };
    }

    private static void print(Appendable out, String[] header, Iterator<? extends List<?>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
        while (rows.hasNext()) {
            printer.printRecord(rows.next());
        }
        printer.flush();
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
