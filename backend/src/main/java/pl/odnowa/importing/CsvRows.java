package pl.odnowa.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;

/**
 * The rows of a CSV body (RFC 4180, a header line first), read again from the text on every pass rather than held in
 * memory as JSON: a 5 MB file of 100,000 rows would otherwise take ~100 MB of heap for as long as the import runs.
 * The header is checked at once; a row with the wrong number of cells is reported on the first complete pass.
 */
final class CsvRows implements Iterable<ImportService.Row> {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final String text;
    private final List<String> header;
    private final List<Problem.FieldError> errors;
    private boolean checked;

    private CsvRows(String text, List<String> header, List<Problem.FieldError> errors) {
        this.text = text;
        this.header = header;
        this.errors = errors;
    }

    /**
     * The rows of text whose header may name these columns; an unknown column is an error (then there are no rows).
     */
    static CsvRows of(String text, List<String> columns, List<Problem.FieldError> errors) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header;
        try (CSVParser parser = parser(body)) {
            header = parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header.isEmpty()) {
            throw ApiException.badRequest("body", "must start with a header line naming the columns: " + String.join(",", columns));
        }
        Set<String> unknown = new LinkedHashSet<>(header);
        columns.forEach(unknown::remove);
        for (String column : unknown) {
            errors.add(new Problem.FieldError("header." + column, "is not a known column; known: " + String.join(", ", columns)));
        }
        return new CsvRows(unknown.isEmpty() ? body : null, header, errors);
    }

    @Override
    public Iterator<ImportService.Row> iterator() {
        if (text == null) {
            return Collections.emptyIterator();
        }
        CSVParser parser = parser(text);
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private int number;

            @Override
            public boolean hasNext() {
                boolean more = invalidCsv(records::hasNext);
                if (!more) {
                    checked = true;
                }
                return more;
            }

            @Override
            public ImportService.Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = invalidCsv(records::next);
                number++;
                ObjectNode fields = JsonNodeFactory.instance.objectNode();
                for (String column : header) {
                    fields.set(column, ImportService.cell(column, record.isSet(column) ? record.get(column) : ""));
                }
                if (!record.isConsistent() && !checked) {
                    errors.add(new Problem.FieldError("rows[" + number + "]", "has " + record.size() + " cells, the header "
                            + header.size()));
                }
                return new ImportService.Row("rows[" + number + "]", fields);
            }
        };
    }

    private static CSVParser parser(String text) {
        return invalidCsv(() -> {
            try {
                return CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs a step of the parser; what the parser cannot read is the client's 400, naming the body. */
    private static <T> T invalidCsv(Supplier<T> step) {
        try {
            return step.get();
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest("body", "is not valid CSV (RFC 4180, comma separated, header line first): "
                    + e.getMessage());
        }
    }
}
