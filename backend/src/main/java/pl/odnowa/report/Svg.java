package pl.odnowa.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small inline SVG drawings computed from data: an indicator's line chart and an area's map. XML-clean output. */
public final class Svg {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FILLS = {"#8ecae6", "#ffb703", "#90be6d", "#f28482", "#cdb4db", "#f6bd60", "#84a59d", "#a3c4f3"};

    private Svg() {
    }

    /**
     * One subarea to draw: its code, GeoJSON geometry text (Polygon or MultiPolygon, lon/lat) and fill colour (null:
     * the next of a palette, so neighbours differ).
     */
    public record Shape(String code, String geometry, String fill) {
        public Shape(String code, String geometry) {
            this(code, geometry, null);
        }
    }

    /**
     * The subareas projected to a 480×320 box: equirectangular with longitudes scaled by cos(mean latitude), north up.
     * Null when no subarea has a usable geometry.
     */
    public static String map(List<Shape> shapes, String label) {
        List<List<List<double[]>>> polygonsByShape = new ArrayList<>();
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            List<List<double[]>> rings = rings(s.geometry());
            polygonsByShape.add(rings);
            for (List<double[]> ring : rings) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        if (minLon == Double.MAX_VALUE) {
            return null;
        }
        double width = 480, height = 320, pad = 10;
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * k, 1e-9);
        double spanY = Math.max(maxLat - minLat, 1e-9);
        double scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
        double offX = (width - spanX * scale) / 2;
        double offY = (height - spanY * scale) / 2;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" width=\"480\" height=\"320\" viewBox=\"0 0 480 320\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\">");
        b.append("<rect x=\"0\" y=\"0\" width=\"480\" height=\"320\" fill=\"#f8f9fa\" stroke=\"#ced4da\"/>");
        for (int i = 0; i < shapes.size(); i++) {
            List<List<double[]>> rings = polygonsByShape.get(i);
            if (rings.isEmpty()) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            double sx = 0, sy = 0;
            int n = 0;
            for (List<double[]> ring : rings) {
                for (int j = 0; j < ring.size(); j++) {
                    double x = offX + (ring.get(j)[0] - minLon) * k * scale;
                    double y = offY + (maxLat - ring.get(j)[1]) * scale;
                    d.append(j == 0 ? "M" : "L").append(num(x)).append(' ').append(num(y)).append(' ');
                    sx += x;
                    sy += y;
                    n++;
                }
                d.append("Z ");
            }
            String fill = shapes.get(i).fill() != null ? shapes.get(i).fill() : FILLS[i % FILLS.length];
            b.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"").append(fill)
                    .append("\" fill-opacity=\"0.7\" fill-rule=\"evenodd\" stroke=\"#343a40\" stroke-width=\"1\"/>");
            b.append("<text x=\"").append(num(sx / n)).append("\" y=\"").append(num(sy / n))
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#212529\">").append(escape(shapes.get(i).code()))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /** The outer and inner rings of a Polygon or MultiPolygon; empty for anything else or unreadable text. */
    public static List<List<double[]>> rings(String geometry) {
        List<List<double[]>> result = new ArrayList<>();
        if (geometry == null || geometry.isBlank()) {
            return result;
        }
        try {
            JsonNode g = JSON.readTree(geometry);
            String type = g.path("type").asText();
            JsonNode c = g.path("coordinates");
            if ("Polygon".equals(type)) {
                addPolygon(c, result);
            } else if ("MultiPolygon".equals(type)) {
                for (JsonNode polygon : c) {
                    addPolygon(polygon, result);
                }
            }
        } catch (Exception e) {
            result.clear();
        }
        return result;
    }

    private static void addPolygon(JsonNode polygon, List<List<double[]>> result) {
        for (JsonNode ring : polygon) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode p : ring) {
                points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            if (!points.isEmpty()) {
                result.add(points);
            }
        }
    }

    /**
     * A 360×140 line chart of the observations (year → value) with dashed baseline and target lines; null when there
     * is nothing to draw.
     */
    static String chart(SortedMap<Integer, BigDecimal> observations, Integer baselineYear, BigDecimal baseline,
            Integer targetYear, BigDecimal target, String label, String... legend) {
        List<Integer> years = new ArrayList<>(observations.keySet());
        List<Double> values = new ArrayList<>();
        observations.values().forEach(v -> values.add(v.doubleValue()));
        if (baseline != null) {
            values.add(baseline.doubleValue());
            if (baselineYear != null) {
                years.add(baselineYear);
            }
        }
        if (target != null) {
            values.add(target.doubleValue());
            if (targetYear != null) {
                years.add(targetYear);
            }
        }
        if (observations.isEmpty() && (baseline == null && target == null)) {
            return null;
        }
        int minYear = years.stream().min(Integer::compare).orElse(0);
        int maxYear = years.stream().max(Integer::compare).orElse(minYear);
        if (maxYear == minYear) {
            minYear--;
            maxYear++;
        }
        double minV = values.stream().min(Double::compare).orElse(0.0);
        double maxV = values.stream().max(Double::compare).orElse(1.0);
        if (minV > 0 && minV < maxV * 0.5) {
            minV = 0;
        }
        if (maxV - minV < 1e-9) {
            maxV = minV + Math.max(1, Math.abs(minV) * 0.1);
            minV = minV - Math.max(1, Math.abs(minV) * 0.1);
        }
        double left = 48, right = 350, top = 12, bottom = 112;
        final int y0 = minYear;
        final int y1 = maxYear;
        final double v0 = minV;
        final double v1 = maxV;
        java.util.function.IntToDoubleFunction x = year -> left + (year - y0) * (right - left) / (y1 - y0);
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - v0) * (bottom - top) / (v1 - v0);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"360\" height=\"156\" viewBox=\"0 0 360 156\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\">");
        b.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(bottom)).append("\" x2=\"").append(num(right))
                .append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#6c757d\"/>");
        b.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(top)).append("\" x2=\"").append(num(left))
                .append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#6c757d\"/>");
        text(b, left - 4, top + 4, "end", label(v1));
        text(b, left - 4, bottom, "end", label(v0));
        text(b, left, bottom + 16, "middle", Integer.toString(y0));
        text(b, right, bottom + 16, "middle", Integer.toString(y1));
        if (baseline != null) {
            hline(b, left, right, y.applyAsDouble(baseline.doubleValue()), "#6c757d", "baseline");
        }
        if (target != null) {
            hline(b, left, right, y.applyAsDouble(target.doubleValue()), "#2a9d8f", "target");
        }
        if (!observations.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (Map.Entry<Integer, BigDecimal> e : observations.entrySet()) {
                points.append(num(x.applyAsDouble(e.getKey()))).append(',').append(num(y.applyAsDouble(e.getValue().doubleValue()))).append(' ');
            }
            b.append("<polyline class=\"observations\" points=\"").append(points.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2\"/>");
            for (Map.Entry<Integer, BigDecimal> e : observations.entrySet()) {
                b.append("<circle cx=\"").append(num(x.applyAsDouble(e.getKey()))).append("\" cy=\"")
                        .append(num(y.applyAsDouble(e.getValue().doubleValue()))).append("\" r=\"3\" fill=\"#1d3557\"/>");
            }
        }
        if (legend.length == 3) {
            if (!observations.isEmpty()) {
                legendItem(b, 48, "#1d3557", null, legend[0]);
            }
            if (baseline != null) {
                legendItem(b, 150, "#6c757d", "4 3", legend[1]);
            }
            if (target != null) {
                legendItem(b, 252, "#2a9d8f", "4 3", legend[2]);
            }
        }
        return b.append("</svg>").toString();
    }

    private static void legendItem(StringBuilder b, double x, String colour, String dash, String text) {
        b.append("<line x1=\"").append(num(x)).append("\" y1=\"146.0\" x2=\"").append(num(x + 16)).append("\" y2=\"146.0\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        text(b, x + 20, 150, "start", text);
    }

    private static void hline(StringBuilder b, double left, double right, double y, String colour, String cls) {
        b.append("<line class=\"").append(cls).append("\" x1=\"").append(num(left)).append("\" y1=\"").append(num(y))
                .append("\" x2=\"").append(num(right)).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(colour)
                .append("\" stroke-dasharray=\"4 3\"/>");
    }

    private static void text(StringBuilder b, double x, double y, String anchor, String s) {
        b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"10\" text-anchor=\"")
                .append(anchor).append("\" fill=\"#495057\">").append(escape(s)).append("</text>");
    }

    private static String label(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
