package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import pl.odnowa.area.LandType;

/**
 * A subarea of the degraded or the revitalisation area, as plain values (filled from the Subarea entity).
 *
 * @param code              identifies the subarea in checks ({@code subject}, {@code missing} paths)
 * @param name              for explanations
 * @param areaHa            declared area in hectares
 * @param residents         number of residents (0: uninhabited; null: not known)
 * @param residentsDate     the date the residents figure refers to
 * @param social            art. 9 ust. 1 spheres of negative phenomena: true found, false not found, null not recorded
 * @param economic          ...
 * @param environmental     ...
 * @param spatialFunctional ...
 * @param technical         ...
 * @param crisisEvidence    where the crisis findings come from; may be null
 * @param landType          art. 10 ust. 3 land type; null: not recorded
 * @param landJustification art. 10 ust. 3 justification for uninhabited post-industrial/military/railway land
 * @param geometry          RFC 7946 Polygon or MultiPolygon as JSON text (lon/lat), or null
 */
public record SubareaFacts(
        String code,
        String name,
        BigDecimal areaHa,
        Integer residents,
        LocalDate residentsDate,
        Boolean social,
        Boolean economic,
        Boolean environmental,
        Boolean spatialFunctional,
        Boolean technical,
        String crisisEvidence,
        LandType landType,
        String landJustification,
        String geometry) {
}
