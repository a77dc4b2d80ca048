package pl.odnowa.report;

import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/** Content negotiation shared by the programme and municipality report resources. */
final class ReportResource {

    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";
    static final String HTML_UTF8 = "text/html; charset=UTF-8";
    static final String MARKDOWN_UTF8 = "text/markdown; charset=UTF-8";

    static final String DESCRIPTION = "The report \"How revitalisation served SDG 11\" (\"Jak rewitalizacja służyła Celowi 11\") in"
            + " Polish (`lang=pl`, the default) or English (`lang=en`). Sections: 1. summary and lineage of the programmes;"
            + " 2. areas with a map of the subareas (those without a boundary are listed); 3. projects by SDG 11 target with"
            + " their money; 4. indicators with progress (Open SDG method) and a small chart; 5. compliance with the"
            + " Revitalisation Act; 6. evaluation findings; 7. recommendations. The format follows Accept: `application/json`"
            + " (the default; the data of every section), `text/html` (a standalone printable page with inline SVG maps and"
            + " charts), `text/markdown`, `application/pdf` (the HTML printed, the drawings replaced by a note). Same data,"
            + " same output, except the generation time (`generatedAt`, one line in the other formats); the art. 22 check"
            + " depends on today's date. 406 when Accept names none of these types.";

    static final String JSON_EXAMPLE = "{\"title\": \"Jak rewitalizacja służyła Celowi 11\", \"lang\": \"pl\", \"scope\": \"programme\","
            + " \"programmeId\": 2, \"generatedAt\": \"2026-11-28T16:20:00Z\", \"summary\": {\"heading\": \"1. Podsumowanie i"
            + " ciągłość programów\", \"teryt\": \"2461011\", \"municipality\": \"Bielsko-Biała\"}, \"projects\": {\"heading\":"
            + " \"3. Projekty według celów szczegółowych SDG 11\", \"targets\": [{\"code\": \"11.1\", \"count\": 1,"
            + " \"totalCost\": \"8937573.00\", \"totalCostText\": \"8 937 573,00 PLN\"}]}}";
    static final String HTML_EXAMPLE = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pl\">…"
            + "<h1>Jak rewitalizacja służyła Celowi 11</h1>…<h2 id=\"areas\">2. Obszary</h2><div class=\"map\"><svg …>…</svg></div>…</html>";
    static final String MARKDOWN_EXAMPLE = "# Jak rewitalizacja służyła Celowi 11\n\nWygenerowano: 2026-11-28T16:20:00Z\n\n"
            + "## 1. Podsumowanie i ciągłość programów\n\n- **Gmina:** Bielsko-Biała (TERYT 2461011)\n…";
    static final String PDF_EXAMPLE = "%PDF-1.7 … (binary)";

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(MARKDOWN), MediaType.valueOf(PDF)).build();

    private ReportResource() {
    }

    /** The chosen format (406 problem when none fits), then the report rendered in it. */
    static MediaType select(Request request) {
        Variant v = request.selectVariant(VARIANTS);
        if (v == null) {
            throw new NotAcceptableException();
        }
        return v.getMediaType();
    }

    static Response render(MediaType type, Report report, ReportRenderer renderer) {
        return render(type, report, () -> renderer.html(report), () -> renderer.markdown(report), () -> renderer.pdf(report));
    }

    static Response render(MediaType type, AssessmentDossier dossier, ReportRenderer renderer) {
        return render(type, dossier, () -> renderer.html(dossier), () -> renderer.markdown(dossier), () -> renderer.pdf(dossier));
    }

    /** The body in the chosen format: the data as JSON, or rendered (only the format asked for is rendered). */
    private static Response render(MediaType type, Object data, Supplier<String> html, Supplier<String> markdown,
            Supplier<byte[]> pdf) {
        Response.ResponseBuilder b;
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            b = Response.ok(html.get(), HTML_UTF8);
        } else if (type.toString().equals(MARKDOWN)) {
            b = Response.ok(markdown.get(), MARKDOWN_UTF8);
        } else if (type.toString().equals(PDF)) {
            b = Response.ok(pdf.get(), PDF);
        } else {
            b = Response.ok(data, MediaType.APPLICATION_JSON);
        }
        return b.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
}
