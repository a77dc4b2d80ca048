package pl.odnowa.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Downloads an export and reads it back with commons-csv, from the bytes decoded as UTF-8. */
record CsvFiles(String text, List<String> header, List<CSVRecord> rows) {

    static CsvFiles download(String path, Object... paramsAndValues) {
        var request = given();
        for (int i = 0; i < paramsAndValues.length; i += 2) {
            request.queryParam((String) paramsAndValues[i], paramsAndValues[i + 1]);
        }
        ExtractableResponse<Response> response = request.when().get(path).then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract();
        assertEquals(true, response.header("Content-Disposition").startsWith("attachment; filename=\""),
                response.header("Content-Disposition"));
        return parse(new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    static CsvFiles parse(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return new CsvFiles(text, parser.getHeaderNames(), parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row's cells in order, for whole-table comparisons. */
    List<List<String>> cells() {
        return rows.stream().map(CSVRecord::toList).toList();
    }
}
