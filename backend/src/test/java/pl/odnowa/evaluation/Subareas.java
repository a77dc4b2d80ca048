package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import pl.odnowa.area.LandType;

/**
 * Builds {@link SubareaFacts} for tests: an inhabited subarea with social and technical problems found and the other
 * spheres examined and not found by default (null in {@link #spheres}: not recorded).
 */
final class Subareas {

    private String code;
    private BigDecimal areaHa;
    private Integer residents;
    private LocalDate residentsDate;
    private Boolean social = true;
    private Boolean economic = false;
    private Boolean environmental = false;
    private Boolean spatialFunctional = false;
    private Boolean technical = true;
    private LandType landType = LandType.INHABITED;
    private String landJustification;
    private String geometry;

    static Subareas subarea(String code) {
        Subareas s = new Subareas();
        s.code = code;
        return s;
    }

    Subareas areaHa(String value) {
        areaHa = value == null ? null : new BigDecimal(value);
        return this;
    }

    Subareas residents(Integer value) {
        residents = value;
        return this;
    }

    Subareas residentsDate(String date) {
        residentsDate = date == null ? null : LocalDate.parse(date);
        return this;
    }

    Subareas spheres(Boolean social, Boolean economic, Boolean environmental, Boolean spatialFunctional,
            Boolean technical) {
        this.social = social;
        this.economic = economic;
        this.environmental = environmental;
        this.spatialFunctional = spatialFunctional;
        this.technical = technical;
        return this;
    }

    Subareas land(LandType type, String justification) {
        landType = type;
        landJustification = justification;
        return this;
    }

    Subareas geometry(String json) {
        geometry = json;
        return this;
    }

    SubareaFacts build() {
        return new SubareaFacts(code, "Podobszar " + code, areaHa, residents, residentsDate, social, economic,
                environmental, spatialFunctional, technical, null, landType, landJustification, geometry);
    }
}
