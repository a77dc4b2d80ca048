package pl.odnowa.evaluation;

/**
 * Topological validity of a geometry (JTS IsValidOp, OGC rules).
 *
 * @param valid     true when valid; the other fields are then null
 * @param error     the JTS error kind, e.g. {@code SELF_INTERSECTION}, {@code RING_SELF_INTERSECTION},
 *                  {@code HOLE_OUTSIDE_SHELL}, {@code NESTED_SHELLS}, {@code TOO_FEW_POINTS}
 * @param messagePl the reason in Polish, with the place
 * @param messageEn the reason in English, with the place
 * @param longitude where the problem is (may be null)
 * @param latitude  where the problem is (may be null)
 */
public record GeometryValidity(boolean valid, String error, String messagePl, String messageEn, Double longitude,
        Double latitude) {

    static final GeometryValidity VALID = new GeometryValidity(true, null, null, null, null, null);
}
