package pl.odnowa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The drawings without the application: scales computed from the data, XML-clean output. */
class SvgTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void chartScalesObservationsBaselineAndTarget() throws Exception {
        TreeMap<Integer, BigDecimal> obs = new TreeMap<>();
        obs.put(2016, new BigDecimal("58"));
        obs.put(2021, new BigDecimal("68"));
        String svg = Svg.chart(obs, 2014, new BigDecimal("55"), 2021, new BigDecimal("90"), "W2 <&> occupancy");
        Document d = parse(svg);
        Element line = (Element) d.getElementsByTagNameNS("*", "polyline").item(0);
        // years 2014..2021 over x 48..350, values 0..90 over y 112..12 (min goes to 0: 55 < 45 is false, so 55..90)
        String[] points = line.getAttribute("points").split(" ");
        assertEquals(2, points.length);
        assertEquals("350.0", points[1].split(",")[0], "the last year is at the right edge");
        Element target = (Element) d.getElementsByTagNameNS("*", "line").item(3);
        assertEquals("target", target.getAttribute("class"));
        assertEquals("12.0", target.getAttribute("y1"), "the highest value is at the top");
        Element baseline = (Element) d.getElementsByTagNameNS("*", "line").item(2);
        assertEquals("112.0", baseline.getAttribute("y1"), "the lowest value is at the bottom");
        assertEquals("W2 <&> occupancy", d.getDocumentElement().getAttribute("aria-label"));
    }

    @Test
    void chartNeedsSomethingToDraw() {
        assertNull(Svg.chart(new TreeMap<>(), null, null, null, null, "empty"));
        assertTrue(Svg.chart(new TreeMap<>(), 2014, BigDecimal.ONE, null, null, "flat").contains("baseline"));
    }

    @Test
    void mapProjectsEquirectangularScaledByCosLatitude() throws Exception {
        // a square of 0.01° at 60°N is twice as tall as wide once longitudes are scaled by cos(60°) = 0.5
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[10,60],[10.01,60],[10.01,60.01],[10,60.01],[10,60]]]}";
        Document d = parse(Svg.map(List.of(new Svg.Shape("S1", square), new Svg.Shape("S2", null)), "map"));
        assertEquals(1, d.getElementsByTagNameNS("*", "path").getLength());
        String[] parts = ((Element) d.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d").replace("M", "")
                .replace("L", "").replace("Z", "").trim().split("\\s+");
        double x0 = Double.parseDouble(parts[0]), y0 = Double.parseDouble(parts[1]);
        double x1 = Double.parseDouble(parts[2]), y2 = Double.parseDouble(parts[5]);
        double width = x1 - x0, height = y0 - y2;
        assertEquals(2.0, height / width, 0.02);
        assertEquals(300.0, height, 0.5, "fits the 320 px box with 10 px padding");
        assertEquals("S1", d.getElementsByTagNameNS("*", "text").item(0).getTextContent());
    }

    @Test
    void mapOfMultiPolygonAndNothing() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[19,49],[19.1,49],[19.1,49.1],[19,49]]],"
                + "[[[19.2,49],[19.3,49],[19.3,49.1],[19.2,49]]]]}";
        assertEquals(2, Svg.rings(multi).size());
        assertTrue(Svg.rings("not json").isEmpty());
        assertTrue(Svg.rings("{\"type\":\"Point\",\"coordinates\":[19,49]}").isEmpty());
        assertNull(Svg.map(List.of(new Svg.Shape("S1", null)), "map"));
    }
}
