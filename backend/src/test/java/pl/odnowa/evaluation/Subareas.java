package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import pl.odnowa.area.LandType;

/** Builds {@link SubareaFacts} for tests: an inhabited subarea with social and technical problems by default. */
final class Subareas {

    private String code;
    private BigDecimal areaHa;
    private Integer residents;
    private LocalDate residentsDate;
    private boolean social = true;
    private boolean economic;
    private boolean environmental;
    private boolean spatialFunctional;
    private boolean technical = true;
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

    Subareas spheres(boolean social, boolean economic, boolean environmental, boolean spatialFunctional,
            boolean technical) {
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
                environmental, spatialFunctional, technical, landType, landJustification, geometry);
    }
}
