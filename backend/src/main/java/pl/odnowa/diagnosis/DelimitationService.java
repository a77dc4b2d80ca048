package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaKind;
import pl.odnowa.area.AreaRequest;
import pl.odnowa.area.AreaService;
import pl.odnowa.area.CrisisSpheres;
import pl.odnowa.area.GeoJson;
import pl.odnowa.area.SubareaRequest;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.compliance.ComplianceConfig;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

/** Computes a delimitation from the stored units and indicators, and saves it as a programme's two areas. */
@ApplicationScoped
public class DelimitationService {

    private final SpatialUnitRepository units;
    private final DiagnosticIndicatorRepository indicators;
    private final SpatialUnitService unitService;
    private final MunicipalityRepository municipalities;
    private final ProgrammeRepository programmes;
    private final AreaService areas;
    private final ComplianceConfig limits;
    private final Access access;

    DelimitationService(SpatialUnitRepository units, DiagnosticIndicatorRepository indicators, SpatialUnitService unitService,
            MunicipalityRepository municipalities, ProgrammeRepository programmes, AreaService areas, ComplianceConfig limits,
            Access access) {
        this.units = units;
        this.indicators = indicators;
        this.unitService = unitService;
        this.municipalities = municipalities;
        this.programmes = programmes;
        this.areas = areas;
        this.limits = limits;
        this.access = access;
    }

    static Delimitation.Unit input(SpatialUnit u) {
        return new Delimitation.Unit(u.id, u.code, u.name, u.areaHa == null ? null : u.areaHa.doubleValue(), u.residents);
    }

    static List<Delimitation.Unit> input(List<SpatialUnit> all) {
        return all.stream().map(DelimitationService::input).toList();
    }

    static Delimitation.Indicator input(DiagnosticIndicator d) {
        Map<Long, Double> values = new HashMap<>();
        d.values.forEach((unit, value) -> values.put(unit, value.doubleValue()));
        return new Delimitation.Indicator(d.code, d.name, d.sphere, d.direction, d.rate,
                d.referenceValue == null ? null : d.referenceValue.doubleValue(), values);
    }

    /** What was computed, with the entities it came from (for saving). */
    record Computed(DelimitationResponse response, Map<String, SpatialUnit> units, Map<String, DelimitationResponse.UnitRow> rows) {
    }

    public DelimitationResponse compute(String teryt, DelimitationRequest request) {
        return computed(teryt, request).response();
    }

    Computed computed(String teryt, DelimitationRequest request) {
        unitService.requireMunicipality("municipality", teryt);
        Municipality municipality = municipalities.findById(teryt);
        List<SpatialUnit> all = units.ofMunicipality(teryt);
        List<DiagnosticIndicator> ofYear = indicators.ofMunicipality(teryt, request.year());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<DiagnosticIndicator> chosen = new ArrayList<>();
        if (request.indicators() == null) {
            chosen.addAll(ofYear);
        } else {
            Map<String, DiagnosticIndicator> byCode = ofYear.stream().collect(Collectors.toMap(d -> d.code, d -> d));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.indicators().size(); i++) {
                String code = request.indicators().get(i);
                DiagnosticIndicator d = byCode.get(code);
                if (d == null) {
                    errors.add(new Problem.FieldError("indicators[" + i + "]", "municipality " + teryt + " has no indicator " + code
                            + " for " + request.year()));
                } else if (seen.add(code)) {
                    chosen.add(d);
                }
            }
        }
        if (all.isEmpty()) {
            errors.add(new Problem.FieldError("municipality", "municipality " + teryt + " has no spatial units: create or import them first"));
        }
        if (errors.isEmpty() && chosen.isEmpty()) {
            errors.add(new Problem.FieldError("year", "municipality " + teryt + " has no diagnostic indicators for " + request.year()));
        }
        Map<String, SpatialUnit> byCode = new LinkedHashMap<>();
        all.forEach(u -> byCode.put(u.code, u));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        double threshold = request.thresholdPct() == null ? 0 : request.thresholdPct();
        int minSocial = request.minSocialIndicators() == null ? 1 : request.minSocialIndicators();
        List<Delimitation.Unit> unitInput = input(all);
        List<Delimitation.Indicator> indicatorInput = chosen.stream().map(DelimitationService::input).toList();
        List<Delimitation.UnitResult> results = Delimitation.compute(unitInput, indicatorInput, threshold, minSocial);

        List<DelimitationResponse.IndicatorSummary> summaries = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            DiagnosticIndicator d = chosen.get(k);
            Delimitation.IndicatorStats s = Delimitation.stats(indicatorInput.get(k), unitInput);
            summaries.add(new DelimitationResponse.IndicatorSummary(d.code, d.name, d.sphere, d.direction, d.rate,
                    s.reference().value(), s.reference().method(), s.mean(), s.sd(), d.source));
        }
        Map<String, DelimitationResponse.UnitRow> rows = new LinkedHashMap<>();
        for (Delimitation.UnitResult r : results) {
            Map<Sphere, Boolean> sp = r.spheres();
            rows.put(r.unit().code(), new DelimitationResponse.UnitRow(r.unit().code(), r.unit().name(), r.unit().areaHa(),
                    r.unit().residents(), r.cells().stream().map(c -> new DelimitationResponse.Cell(c.indicator(), c.sphere(), c.value(),
                            c.reference(), c.worse(), c.z())).toList(),
                    new DelimitationResponse.Spheres(sp.get(Sphere.SOCIAL), sp.get(Sphere.ECONOMIC), sp.get(Sphere.ENVIRONMENTAL),
                            sp.get(Sphere.SPATIAL_FUNCTIONAL), sp.get(Sphere.TECHNICAL)),
                    r.socialWorse(), r.meetsArt9(), r.index()));
        }
        double unitsHa = all.stream().filter(u -> u.areaHa != null).mapToDouble(u -> u.areaHa.doubleValue()).sum();
        long unitsResidents = all.stream().filter(u -> u.residents != null).mapToLong(u -> u.residents).sum();
        boolean areaKnown = municipality.areaKm2 != null;
        boolean residentsKnown = municipality.residents != null;
        DelimitationResponse.Base base = new DelimitationResponse.Base(
                areaKnown ? municipality.areaKm2.doubleValue() * 100 : unitsHa,
                residentsKnown ? municipality.residents : (int) unitsResidents,
                areaKnown ? "municipality" : "units", residentsKnown ? "municipality" : "units");
        List<String> degraded = rows.values().stream().filter(r -> Boolean.TRUE.equals(r.meetsArt9())).map(r -> r.code()).toList();
        DelimitationResponse.Selection revitalisation = null;
        if (request.selection() != null && !request.selection().isEmpty()) {
            List<Problem.FieldError> selectionErrors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < request.selection().size(); i++) {
                String code = request.selection().get(i);
                String path = "selection[" + i + "]";
                if (!byCode.containsKey(code)) {
                    selectionErrors.add(new Problem.FieldError(path, "municipality " + teryt + " has no spatial unit with code " + code));
                } else if (!degraded.contains(code)) {
                    selectionErrors.add(new Problem.FieldError(path, "unit " + code + " does not meet art. 9 ust. 1 (social and at least one "
                            + "other sphere in crisis): the revitalisation area lies within the degraded area (art. 10 ust. 1)"));
                } else if (!seen.add(code)) {
                    selectionErrors.add(new Problem.FieldError(path, "unit " + code + " is listed twice"));
                }
            }
            if (!selectionErrors.isEmpty()) {
                throw ApiException.invalid(selectionErrors);
            }
            revitalisation = selection(request.selection(), byCode, base);
        }
        DelimitationResponse response = new DelimitationResponse(teryt,
                new DelimitationResponse.Method(request.year(), threshold, minSocial, chosen.stream().map(d -> d.code).toList(),
                        "worse: value > reference × (1 + t/100) (HIGHER_IS_WORSE) or value < reference × (1 − t/100) (HIGHER_IS_BETTER); "
                                + "reference: given, or Σ value × residents ÷ Σ residents for a rate, or the mean of the units; "
                                + "index: mean over the indicators of z = ±(value − mean) ÷ population standard deviation, + for HIGHER_IS_WORSE"),
                base, summaries, List.copyOf(rows.values()), selection(degraded, byCode, base), revitalisation);
        return new Computed(response, byCode, rows);
    }

    private DelimitationResponse.Selection selection(List<String> codes, Map<String, SpatialUnit> byCode, DelimitationResponse.Base base) {
        double ha = 0;
        long residents = 0;
        for (String code : codes) {
            SpatialUnit u = byCode.get(code);
            ha += u.areaHa == null ? 0 : u.areaHa.doubleValue();
            residents += u.residents == null ? 0 : u.residents;
        }
        Double areaShare = base.areaHa() == null || base.areaHa() == 0 ? null : ha / base.areaHa() * 100;
        Double residentsShare = base.residents() == null || base.residents() == 0 ? null : residents * 100.0 / base.residents();
        double maxArea = limits.maxAreaSharePct().doubleValue();
        double maxResidents = limits.maxResidentsSharePct().doubleValue();
        boolean within = areaShare != null && residentsShare != null && areaShare <= maxArea && residentsShare <= maxResidents;
        return new DelimitationResponse.Selection(List.copyOf(codes), ha, residents, areaShare, residentsShare, maxArea, maxResidents, within);
    }

    /** The two areas created from a delimitation. */
    public record Saved(Area degraded, Area revitalisation, DelimitationResponse delimitation) {
    }

    @Transactional
    public Saved save(String teryt, SaveDelimitationRequest request) {
        Programme programme = programmes.findByIdOptional(request.programmeId())
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", request.programmeId()));
        access.requireEditor(programme.municipalityTeryt());
        if (!programme.municipalityTeryt().equals(teryt)) {
            throw ApiException.badRequest("programmeId", "programme " + programme.id + " belongs to municipality "
                    + programme.municipalityTeryt() + ", not to " + teryt);
        }
        DelimitationRequest method = request.delimitation();
        if (method.selection() == null || method.selection().isEmpty()) {
            throw ApiException.badRequest("delimitation.selection", "must name the units of the revitalisation area");
        }
        Computed c = computed(teryt, method);
        DelimitationResponse.Selection s = c.response().revitalisation();
        List<Problem.FieldError> errors = new ArrayList<>();
        // Art. 10 ust. 2: at most 20 % of the municipality's area and 30 % of its residents (configurable).
        if (s.areaSharePct() == null) {
            errors.add(new Problem.FieldError("delimitation.selection", "the share of the area cannot be measured: the municipality's area is not recorded"));
        } else if (s.areaSharePct() > s.maxAreaSharePct()) {
            errors.add(new Problem.FieldError("delimitation.selection", String.format(Locale.ROOT,
                    "the selection covers %.2f %% of the municipality's area, over the limit of %s %% (art. 10 ust. 2, maxAreaSharePct)",
                    s.areaSharePct(), plain(s.maxAreaSharePct()))));
        }
        if (s.residentsSharePct() == null) {
            errors.add(new Problem.FieldError("delimitation.selection", "the share of residents cannot be measured: the municipality's residents are not recorded"));
        } else if (s.residentsSharePct() > s.maxResidentsSharePct()) {
            errors.add(new Problem.FieldError("delimitation.selection", String.format(Locale.ROOT,
                    "the selection holds %.2f %% of the municipality's residents, over the limit of %s %% (art. 10 ust. 2, maxResidentsSharePct)",
                    s.residentsSharePct(), plain(s.maxResidentsSharePct()))));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String evidence = "Delimitation " + method.year() + ", threshold " + plain(c.response().method().thresholdPct())
                + " % against the reference, at least " + c.response().method().minSocialIndicators() + " social indicator(s): ";
        Area degraded = areas.create(new AreaRequest(programme.id, AreaKind.DEGRADED,
                request.degradedName() == null ? "Obszar zdegradowany" : request.degradedName(), null, request.resolutionNumber(),
                request.resolutionDate(), request.publication(), subareas(c.response().degraded().units(), c, evidence)));
        Area revitalisation = areas.create(new AreaRequest(programme.id, AreaKind.REVITALISATION,
                request.revitalisationName() == null ? "Obszar rewitalizacji" : request.revitalisationName(), null,
                request.resolutionNumber(), request.resolutionDate(), request.publication(), subareas(s.units(), c, evidence)));
        return new Saved(degraded, revitalisation, c.response());
    }

    private static List<SubareaRequest> subareas(List<String> codes, Computed c, String evidence) {
        List<SubareaRequest> result = new ArrayList<>();
        for (String code : codes) {
            SpatialUnit u = c.units().get(code);
            DelimitationResponse.UnitRow row = c.rows().get(code);
            DelimitationResponse.Spheres sp = row.spheres();
            String cells = row.values().stream().map(v -> v.indicator() + " " + num(v.value()) + " vs " + num(v.reference())
                    + (Boolean.TRUE.equals(v.worse()) ? " (worse)" : v.worse() == null ? " (not known)" : ""))
                    .collect(Collectors.joining("; "));
            result.add(new SubareaRequest(u.code, u.name, GeoJson.parse(u.geometry), u.areaHa, u.residents, u.residentsDate, u.source,
                    new CrisisSpheres(sp.social(), sp.economic(), sp.environmental(), sp.spatialFunctional(), sp.technical()),
                    evidence + cells + "; index " + num(row.index()) + (u.source == null ? "" : ". Source: " + u.source), null, null));
        }
        return result;
    }

    private static String num(Double v) {
        return v == null ? "n/a" : plain(Math.round(v * 10000) / 10000.0);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
