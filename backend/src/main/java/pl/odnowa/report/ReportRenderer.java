package pl.odnowa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Renders a {@link Report}: Markdown and (X)HTML with Qute, PDF from that HTML with openhtmltopdf.
 *
 * <p>Font: openhtmltopdf's built-in PDF fonts (Helvetica…) have no ł, ś, ż. PDFBox 3 bundles Liberation Sans
 * (org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf, SIL Open Font License), which covers Polish, so the PDF
 * embeds it from the classpath: self-contained, no system font needed. Only the regular face exists, registered for
 * normal and bold weights (headings are bold by size, not by a bold face).
 */
@ApplicationScoped
public class ReportRenderer {

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "ReportSans";
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    private final Template html;
    private final Template markdown;

    ReportRenderer(@Location("report/report.html") Template html, @Location("report/report.md") Template markdown) {
        this.html = html;
        this.markdown = markdown;
    }

    public String html(Report report) {
        return html.data("r", report).render();
    }

    public String markdown(Report report) {
        return markdown.data("r", report).render();
    }

    /**
     * The HTML as PDF. openhtmltopdf draws inline SVG only with its Batik module, which the project does not include:
     * the maps and charts are replaced by a note in the PDF (the HTML has them).
     */
    public byte[] pdf(Report report) {
        String source = SVG.matcher(html(report)).replaceAll(report.lang().equals("pl")
                ? "<p class=\"generated\">(rysunek w wersji HTML raportu)</p>"
                : "<p class=\"generated\">(drawing in the HTML version of the report)</p>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (fontAvailable()) {
                builder.useFont(ReportRenderer::font, FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(ReportRenderer::font, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(source, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean fontAvailable() {
        return ReportRenderer.class.getResource(FONT_RESOURCE) != null;
    }

    private static InputStream font() {
        return ReportRenderer.class.getResourceAsStream(FONT_RESOURCE);
    }
}
