package pl.odnowa.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.AreaKind;
import pl.odnowa.area.LandType;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.evaluation.GeoJsonException;
import pl.odnowa.evaluation.GeoJsonGeometry;
import pl.odnowa.evaluation.GeometryValidity;
import pl.odnowa.evaluation.SubareaFacts;

/**
 * A draft degraded and/or revitalisation area read from a GeoJSON FeatureCollection: each feature is a subarea whose
 * properties carry code, name, kind, areaHa, residents, residentsDate, the five crisis spheres, landType and
 * landJustification (a missing crisis sphere, residents or land type is not recorded, never false or zero). Every mistake is collected as a field error named by its JSON path
 * ({@code features[2].geometry.coordinates[0][3]}).
 *
 * @param degraded           subareas of kind DEGRADED, in feature order
 * @param revitalisation     subareas of kind REVITALISATION (the default kind), in feature order
 * @param computedAreaCodes  "KIND:code" of subareas whose areaHa was computed from the geometry (not declared)
 */
public record DraftArea(List<SubareaFacts> degraded, List<SubareaFacts> revitalisation, Set<String> computedAreaCodes) {

    static final int MAX_FEATURES = 200;

    private static final Set<String> PROPERTIES = Set.of("code", "name", "kind", "areaHa", "residents", "residentsDate",
            "social", "economic", "environmental", "spatialFunctional", "technical", "landType", "landJustification");

    /** Parses the body; throws a 400 problem listing every field error. */
    public static DraftArea parse(JsonNode body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a GeoJSON FeatureCollection object");
        }
        JsonNode type = body.get("type");
        if (type == null || !"FeatureCollection".equals(type.asText(null)) || !type.isTextual()) {
            throw ApiException.badRequest("type", "must be \"FeatureCollection\"");
        }
        JsonNode features = body.get("features");
        if (features == null || !features.isArray()) {
            throw ApiException.badRequest("features", "is required and must be an array of GeoJSON Features");
        }
        if (features.isEmpty()) {
            throw ApiException.badRequest("features", "must contain at least one subarea");
        }
        if (features.size() > MAX_FEATURES) {
            throw ApiException.badRequest("features", "at most " + MAX_FEATURES + " subareas");
        }
        List<SubareaFacts> degraded = new ArrayList<>();
        List<SubareaFacts> revitalisation = new ArrayList<>();
        Set<String> computed = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            String at = "features[" + i + "]";
            JsonNode f = features.get(i);
            if (!f.isObject() || !"Feature".equals(f.path("type").asText(null)) || !f.path("type").isTextual()) {
                errors.add(new Problem.FieldError(at, "must be a GeoJSON Feature object with type \"Feature\""));
                continue;
            }
            JsonNode props = f.get("properties");
            if (props != null && !props.isNull() && !props.isObject()) {
                errors.add(new Problem.FieldError(at + ".properties", "must be an object"));
                continue;
            }
            Reader r = new Reader(at + ".properties", props == null || props.isNull() ? null : props, errors);
            for (Iterator<String> names = r.names(); names.hasNext();) {
                String name = names.next();
                if (!PROPERTIES.contains(name)) {
                    errors.add(new Problem.FieldError(at + ".properties." + abbreviate(name),
                            "unknown property; allowed: " + String.join(", ", PROPERTIES.stream().sorted().toList())));
                }
            }
            String code = r.text("code", 30);
            if (code == null) {
                code = "F" + (i + 1);
            } else if (!code.matches("[\\p{L}\\p{N}._-]+")) {
                errors.add(new Problem.FieldError(at + ".properties.code",
                        "may contain only letters, digits, '.', '_' and '-'"));
            }
            String name = r.text("name", 300);
            AreaKind kind = r.enumValue("kind", AreaKind.class);
            if (kind == null) {
                kind = AreaKind.REVITALISATION;
            }
            if (!seen.add(kind + ":" + code)) {
                errors.add(new Problem.FieldError(at + ".properties.code",
                        "two " + kind + " subareas share the code " + code));
            }
            BigDecimal areaHa = r.decimal("areaHa");
            Integer residents = r.integer("residents");
            LocalDate residentsDate = r.date("residentsDate");
            Boolean social = r.flag("social");
            Boolean economic = r.flag("economic");
            Boolean environmental = r.flag("environmental");
            Boolean spatial = r.flag("spatialFunctional");
            Boolean technical = r.flag("technical");
            LandType landType = r.enumValue("landType", LandType.class);
            String justification = r.text("landJustification", 10000);
            String geometryText = null;
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) {
                if (areaHa == null) {
                    errors.add(new Problem.FieldError(at + ".geometry",
                            "is required when properties.areaHa is not given"));
                }
            } else {
                try {
                    Geometry geometry = GeoJsonGeometry.parse(g);
                    GeometryValidity validity = GeoJsonGeometry.validate(geometry);
                    if (!validity.valid()) {
                        errors.add(new Problem.FieldError(at + ".geometry", validity.messageEn()));
                    } else {
                        geometryText = g.toString();
                        if (areaHa == null) {
                            areaHa = BigDecimal.valueOf(GeoJsonGeometry.areaHectares(geometry))
                                    .setScale(2, RoundingMode.HALF_UP);
                            computed.add(kind + ":" + code);
                        }
                    }
                } catch (GeoJsonException e) {
                    errors.add(new Problem.FieldError(at + ".geometry" + (e.path().isEmpty() ? "" : "."
                            + e.path()), e.reason()));
                }
            }
            SubareaFacts facts = new SubareaFacts(code, name == null ? code : name, areaHa, residents, residentsDate,
                    social, economic, environmental, spatial, technical, null, landType, justification, geometryText);
            (kind == AreaKind.DEGRADED ? degraded : revitalisation).add(facts);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new DraftArea(List.copyOf(degraded), List.copyOf(revitalisation), Set.copyOf(computed));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Reads typed properties, recording a field error for a wrong type. */
    private record Reader(String at, JsonNode props, List<Problem.FieldError> errors) {

        Iterator<String> names() {
            return props == null ? List.<String>of().iterator() : props.fieldNames();
        }

        private JsonNode get(String name) {
            JsonNode v = props == null ? null : props.get(name);
            return v == null || v.isNull() ? null : v;
        }

        private void error(String name, String message) {
            errors.add(new Problem.FieldError(at + "." + name, message));
        }

        String text(String name, int max) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                error(name, "must be a string");
                return null;
            }
            if (v.textValue().length() > max) {
                error(name, "size must be between 0 and " + max);
                return null;
            }
            return v.textValue().isBlank() ? null : v.textValue();
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            if (!v.isTextual() || !allowed.contains(v.textValue().toUpperCase(Locale.ROOT))) {
                error(name, "must be one of " + String.join(", ", allowed));
                return null;
            }
            return Enum.valueOf(type, v.textValue().toUpperCase(Locale.ROOT));
        }

        BigDecimal decimal(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            BigDecimal d;
            try {
                d = v.isNumber() ? v.decimalValue() : v.isTextual() ? new BigDecimal(v.textValue().trim()) : null;
            } catch (NumberFormatException e) {
                d = null;
            }
            if (d == null) {
                error(name, "must be a number of hectares");
                return null;
            }
            if (d.signum() <= 0 || d.precision() - d.scale() > 10 || d.scale() > 2) {
                error(name, "must be greater than 0 with at most 10 integer digits and 2 decimals");
                return null;
            }
            return d;
        }

        Integer integer(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
                error(name, "must be a whole number ≥ 0");
                return null;
            }
            return v.intValue();
        }

        LocalDate date(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            try {
                if (v.isTextual()) {
                    return LocalDate.parse(v.textValue());
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            error(name, "must be a date like 2021-12-31");
            return null;
        }

        /** true, false, or null when missing or null (not recorded). */
        Boolean flag(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                error(name, "must be true, false or null (not recorded)");
                return null;
            }
            return v.booleanValue();
        }
    }
}
