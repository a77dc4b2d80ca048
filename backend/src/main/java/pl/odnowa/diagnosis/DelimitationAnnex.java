package pl.odnowa.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pl.odnowa.report.Svg;

/**
 * The map annex of a delimitation (the "załącznik graficzny" a designating resolution carries), as XHTML for the
 * PDF: the units on a map, coloured as revitalisation area / degraded area (art. 9 ust. 1 met) / other; the table of
 * units with their index and verdict; the shares against art. 10 ust. 2; the method and the sources, illustrative data
 * labelled as such.
 */
final class DelimitationAnnex {

    static final String REVITALISATION = "#c1121f";
    static final String DEGRADED = "#f4a261";
    static final String OTHER = "#dee2e6";

    private DelimitationAnnex() {
    }

    static String xhtml(DelimitationResponse d, Map<String, SpatialUnit> units, boolean pl) {
        List<String> selected = d.revitalisation() == null ? List.of() : d.revitalisation().units();
        List<Svg.Shape> shapes = new ArrayList<>();
        List<String> withoutBoundary = new ArrayList<>();
        boolean illustrative = false;
        for (DelimitationResponse.UnitRow row : d.units()) {
            SpatialUnit unit = units.get(row.code());
            illustrative |= unit.source != null && unit.source.toLowerCase(Locale.ROOT).startsWith("illustrative");
            if (unit.geometry == null || Svg.rings(unit.geometry).isEmpty()) {
                withoutBoundary.add(row.code());
            } else {
                shapes.add(new Svg.Shape(row.code(), unit.geometry, selected.contains(row.code()) ? REVITALISATION
                        : d.degraded().units().contains(row.code()) ? DEGRADED : OTHER));
            }
        }
        String title = pl ? "Załącznik graficzny: delimitacja obszaru zdegradowanego i obszaru rewitalizacji"
                : "Map annex: delimitation of the degraded area and the revitalisation area";
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(pl ? "pl" : "en").append("\"><head><meta charset=\"utf-8\"/><title>").append(esc(title))
                .append("</title><style>body { font-family: 'ReportSans', sans-serif; font-size: 9pt; color: #212529; }"
                        + " table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #adb5bd; padding: 2px 4px; text-align: left; }"
                        + " .illustrative { color: #7b2cbf; font-weight: bold; } .key { display: inline-block; width: 10px; height: 10px; border: 1px solid #343a40; }"
                        + "</style></head><body>");
        b.append("<h1>").append(esc(title)).append("</h1>");
        b.append("<p>").append(pl ? "Gmina (TERYT) " : "Municipality (TERYT) ").append(esc(d.municipality())).append("; ")
                .append(pl ? "rok danych " : "data year ").append(d.method().year()).append("; ")
                .append(pl ? "próg względem średniej " : "threshold against the average ").append(num(d.method().thresholdPct())).append(" %; ")
                .append(pl ? "min. wskaźników społecznych " : "min. social indicators ").append(d.method().minSocialIndicators())
                .append("; ").append(pl ? "wskaźniki: " : "indicators: ").append(esc(String.join(", ", d.method().indicators()))).append(".</p>");
        if (illustrative) {
            b.append("<p class=\"illustrative\">").append(pl ? "Dane ilustracyjne, nieoficjalne: nie są to dane diagnozy przyjętej przez gminę."
                    : "Illustrative data, not official: this is not the diagnosis the municipality adopted.").append("</p>");
        }
        String map = Svg.map(shapes, title);
        b.append(map == null ? "<p>" + (pl ? "Żadna jednostka nie ma granic." : "No unit has a boundary.") + "</p>" : "<div>" + map + "</div>");
        b.append("<p>").append(key(REVITALISATION)).append(pl ? " obszar rewitalizacji (wybrany) " : " revitalisation area (chosen) ")
                .append(key(DEGRADED)).append(pl ? " obszar zdegradowany (art. 9 ust. 1 spełniony) " : " degraded area (art. 9 ust. 1 met) ")
                .append(key(OTHER)).append(pl ? " pozostałe jednostki" : " other units").append("</p>");
        if (!withoutBoundary.isEmpty()) {
            b.append("<p>").append(pl ? "Bez granic (nie na mapie): " : "Without a boundary (not on the map): ")
                    .append(esc(String.join(", ", withoutBoundary))).append("</p>");
        }
        b.append(selection(pl ? "Obszar zdegradowany" : "Degraded area", d.degraded(), pl));
        if (d.revitalisation() != null) {
            b.append(selection(pl ? "Obszar rewitalizacji" : "Revitalisation area", d.revitalisation(), pl));
        }
        b.append("<table><thead><tr>");
        for (String h : pl ? List.of("Kod", "Nazwa", "Pow. [ha]", "Mieszkańcy", "Indeks", "Art. 9 ust. 1", "Obszar")
                : List.of("Code", "Name", "Area [ha]", "Residents", "Index", "Art. 9 ust. 1", "Area")) {
            b.append("<th>").append(h).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (DelimitationResponse.UnitRow row : d.units()) {
            String area = selected.contains(row.code()) ? (pl ? "rewitalizacji" : "revitalisation")
                    : d.degraded().units().contains(row.code()) ? (pl ? "zdegradowany" : "degraded") : "—";
            b.append("<tr><td>").append(esc(row.code())).append("</td><td>").append(esc(row.name())).append("</td><td>")
                    .append(row.areaHa() == null ? "—" : num(row.areaHa())).append("</td><td>")
                    .append(row.residents() == null ? "—" : row.residents()).append("</td><td>")
                    .append(row.index() == null ? "—" : String.format(Locale.ROOT, "%.2f", row.index())).append("</td><td>")
                    .append(row.meetsArt9() == null ? (pl ? "nie wiadomo" : "unknown") : row.meetsArt9() ? (pl ? "tak" : "yes") : (pl ? "nie" : "no"))
                    .append("</td><td>").append(area).append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<p>").append(pl ? "Metoda: " : "Method: ").append(esc(d.method().formula())).append("</p>");
        b.append("<p>").append(pl ? "Źródła wskaźników: " : "Sources of the indicators: ");
        b.append(esc(String.join("; ", d.indicators().stream().map(i -> i.code() + ": " + (i.source() == null ? "—" : i.source())).toList())));
        return b.append("</p></body></html>").toString();
    }

    private static String selection(String name, DelimitationResponse.Selection s, boolean pl) {
        return "<p>" + esc(name) + ": " + s.units().size() + (pl ? " jedn., " : " units, ") + num(s.areaHa()) + " ha ("
                + pct(s.areaSharePct()) + (pl ? " powierzchni gminy, limit " : " of the municipality's area, limit ") + num(s.maxAreaSharePct())
                + " %), " + s.residents() + (pl ? " mieszkańców (" : " residents (") + pct(s.residentsSharePct())
                + (pl ? ", limit " : ", limit ") + num(s.maxResidentsSharePct()) + " %)</p>";
    }

    private static String key(String colour) {
        return "<span class=\"key\" style=\"background: " + colour + "\"></span>";
    }

    private static String pct(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f %%", value);
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String esc(String s) {
        return s == null ? "" : Svg.escape(s);
    }
}
