package pl.odnowa.common;

import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a database constraint that fired (a backstop behind the services' own checks, and the
 * guard against races) into a problem saying what blocked the write.
 */
final class Constraints {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("programme_municipality_fk", "programmes still belong to this municipality"),
            Map.entry("programme_predecessor_fk", "another programme names this one as its predecessor"),
            Map.entry("area_programme_fk", "areas still belong to this programme"),
            Map.entry("project_programme_fk", "projects still belong to this programme"),
            Map.entry("indicator_programme_fk", "indicators still belong to this programme"),
            Map.entry("recommendation_programme_fk", "recommendations still belong to this programme"),
            Map.entry("evaluation_programme_fk", "evaluations still belong to this programme"),
            Map.entry("consultation_programme_fk", "consultations still belong to this programme"),
            Map.entry("committee_programme_fk", "a committee still belongs to this programme"),
            Map.entry("committee_programme_uq", "this programme already has a committee"),
            Map.entry("committee_opinion_procedure_step_fk", "committee opinions still refer to this procedure step"),
            Map.entry("monitoring_record_project_fk", "monitoring records still belong to this project"),
            Map.entry("monitoring_record_project_year_uq", "this project already has a monitoring record for this year"),
            Map.entry("recommendation_evaluation_fk", "recommendations still belong to this evaluation"),
            Map.entry("project_subarea_subarea_fk", "projects are still located in a subarea being removed"),
            Map.entry("observation_subarea_fk", "indicator observations still refer to a subarea being removed"),
            Map.entry("indicator_area_fk", "indicators are still scoped to this area"),
            Map.entry("indicator_project_fk", "indicators are still scoped to this project"),
            Map.entry("recommendation_area_area_fk", "recommendations still link to this area"),
            Map.entry("recommendation_project_project_fk", "recommendations still link to this project"),
            Map.entry("recommendation_indicator_indicator_fk", "recommendations still link to this indicator"),
            Map.entry("municipality_pk", "a municipality with this TERYT code already exists"),
            Map.entry("area_programme_kind_uq", "this programme already has an area of this kind"),
            Map.entry("subarea_area_code_uq", "two subareas share a code"),
            Map.entry("indicator_programme_code_uq", "this programme already has an indicator with this code"),
            Map.entry("spatial_unit_municipality_fk", "spatial units still belong to this municipality"),
            Map.entry("diagnostic_indicator_municipality_fk", "diagnostic indicators still belong to this municipality"),
            Map.entry("diagnostic_value_unit_fk", "diagnostic indicators still hold values of this spatial unit"),
            Map.entry("spatial_unit_code_uq", "this municipality already has a spatial unit with this code"),
            Map.entry("diagnostic_indicator_code_uq", "this municipality already has a diagnostic indicator with this code and year"),
            Map.entry("observation_indicator_period_subarea_uq",
                    "this indicator already has an observation for this period and subarea"));

    private Constraints() {
    }

    static ApiException toProblem(ConstraintViolationException e) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName();
        String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
        String message = MESSAGES.getOrDefault(name, switch (sqlState) {
            case "23503" -> "the object is still referenced by other data";
            case "23505" -> "an object with the same key already exists";
            default -> "the data breaks a rule of the database";
        });
        if (sqlState.equals("23503") || sqlState.equals("23505")) {
            return ApiException.conflict(message + " (" + name + ")");
        }
        return ApiException.badRequest("body", message + " (" + name + ")");
    }
}
