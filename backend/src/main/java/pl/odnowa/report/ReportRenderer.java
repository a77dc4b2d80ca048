package pl.odnowa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Renders a {@link Report}: Markdown and (X)HTML with Qute, PDF from that HTML with openhtmltopdf.
 *
 * <p>Font: openhtmltopdf's built-in PDF fonts (Helvetica…) have no ł, ś, ż. PDFBox 3 bundles Liberation Sans
 * (org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf, SIL Open Font License), which covers Polish, so the PDF
 * embeds it from the classpath: self-contained, no system font needed. Only the regular face exists, registered for
 * normal and bold weights (headings are bold by size, not by a bold face), without glyph substitution
 * ({@link #latinFont}).
 */
@ApplicationScoped
public class ReportRenderer {

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "ReportSans";
    /** The font file, read once (about 400 KB); each PDF parses and subsets its own copy. */
    private static final byte[] FONT = fontBytes();

    /**
     * PDFs rendered at once; more wait their turn, in order. A PDF of a 1,000-project report takes tens of MB of heap
     * while it is laid out, and eight at once filled bin/odnowa's 128 MB heap and ended the process
     * (docs/performance.md, section 19). Two keep both cores of a small server busy.
     */
    static final int PDFS_AT_ONCE = 2;

    private final Semaphore pdfs = new Semaphore(PDFS_AT_ONCE, true);

    private final Template html;
    private final Template markdown;
    private final Template dossierHtml;
    private final Template dossierMarkdown;

    ReportRenderer(@Location("report/report.html") Template html, @Location("report/report.md") Template markdown,
            @Location("report/dossier.html") Template dossierHtml, @Location("report/dossier.md") Template dossierMarkdown) {
        this.html = html;
        this.markdown = markdown;
        this.dossierHtml = dossierHtml;
        this.dossierMarkdown = dossierMarkdown;
    }

    /** The art. 22 assessment dossier as a standalone XHTML page (the same page style as the report). */
    public String html(AssessmentDossier dossier) {
        return dossierHtml.data("d", dossier).render();
    }

    public String markdown(AssessmentDossier dossier) {
        return dossierMarkdown.data("d", dossier).render();
    }

    public byte[] pdf(AssessmentDossier dossier) {
        return pdf(html(dossier));
    }

    public String html(Report report) {
        return html.data("r", report).render();
    }

    public String markdown(Report report) {
        return markdown.data("r", report).render();
    }

    /**
     * The HTML as PDF, its maps and charts drawn as vectors by openhtmltopdf's Batik module (no scripts, no external
     * resources: the SVG is the report's own).
     */
    public byte[] pdf(Report report) {
        return pdf(html(report));
    }

    /** An XHTML document as PDF, with the report's font (CSS font-family ReportSans) and its SVG drawn. */
    public byte[] pdf(String source) {
        pdfs.acquireUninterruptibly();
        try {
            return render(source);
        } finally {
            pdfs.release();
        }
    }

    private static byte[] render(String source) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            if (FONT != null) {
                PDFontSupplier font = new PDFontSupplier(PDType0Font.load(document, latinFont(), true));
                builder.useFont(font, FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(font, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.withHtmlContent(source, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font without its glyph substitutions (GSUB). Latin text, Polish included, needs none; with them PDFBox 3
     * compiles regular expressions for every run of text it shows: 70 % of the samples of a 1,000-project report
     * (docs/performance.md, section 18). Without them its text layer is the same, character for character.
     */
    private static TrueTypeFont latinFont() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
        font.setEnableGsub(false);
        return font;
    }

    static boolean fontAvailable() {
        return FONT != null;
    }

    private static byte[] fontBytes() {
        try (InputStream in = ReportRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
