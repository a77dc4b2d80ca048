package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.importing.ImportResponse;
import pl.odnowa.importing.ImportService;
import pl.odnowa.security.Access;

/** Diagnostic indicators with their values per unit; a rate's value must lie in 0–100 %. */
@ApplicationScoped
public class DiagnosticIndicatorService {

    static final List<String> CSV_COLUMNS = List.of("unitCode", "indicatorCode", "year", "value");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DiagnosticIndicatorRepository repository;
    private final SpatialUnitRepository units;
    private final SpatialUnitService unitService;
    private final Access access;

    DiagnosticIndicatorService(DiagnosticIndicatorRepository repository, SpatialUnitRepository units, SpatialUnitService unitService,
            Access access) {
        this.repository = repository;
        this.units = units;
        this.unitService = unitService;
        this.access = access;
    }

    public List<DiagnosticIndicator> list(String teryt, Integer year) {
        unitService.requireMunicipality("municipality", teryt);
        return repository.ofMunicipality(teryt, year);
    }

    public DiagnosticIndicator get(long id) {
        return VersionedEntity.findOr404(repository, id, "diagnostic indicator");
    }

    public DiagnosticIndicatorResponse response(DiagnosticIndicator d) {
        List<SpatialUnit> all = units.ofMunicipality(d.municipality);
        Map<Long, String> codes = new HashMap<>();
        all.forEach(u -> codes.put(u.id, u.code));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        all.forEach(u -> {
            if (d.values.containsKey(u.id)) {
                values.put(u.code, d.values.get(u.id));
            }
        });
        Delimitation.Reference ref = Delimitation.reference(DelimitationService.input(d), DelimitationService.input(all));
        return new DiagnosticIndicatorResponse(d.id, d.municipality, d.code, d.year, d.name, d.sphere, d.direction, d.unit, d.rate,
                d.source, d.referenceValue, ref.value(), ref.method(), values, d.version, d.createdAt, d.updatedAt);
    }

    @Transactional
    public DiagnosticIndicator create(DiagnosticIndicatorRequest request) {
        if (request.municipality() == null || request.municipality().isBlank()) {
            throw ApiException.badRequest("municipality", "is required: the TERYT code of the indicator's municipality");
        }
        unitService.requireMunicipality("municipality", request.municipality());
        access.requireEditor(request.municipality());
        requireFree(request.municipality(), request.code(), request.year(), null);
        DiagnosticIndicator d = new DiagnosticIndicator();
        d.municipality = request.municipality();
        apply(d, request);
        repository.persistAndFlush(d);
        return d;
    }

    @Transactional
    public DiagnosticIndicator replace(long id, String ifMatch, DiagnosticIndicatorRequest request) {
        DiagnosticIndicator d = access.lockForEdit(repository, id, ifMatch, "diagnostic indicator");
        if (request.municipality() != null && !request.municipality().equals(d.municipality)) {
            throw ApiException.badRequest("municipality", "cannot change: the indicator belongs to municipality " + d.municipality);
        }
        requireFree(d.municipality, request.code(), request.year(), d.id);
        apply(d, request);
        repository.flush();
        return d;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        DiagnosticIndicator d = access.lockForEdit(repository, id, ifMatch, "diagnostic indicator");
        repository.delete(d);
        repository.flush();
    }

    private void requireFree(String teryt, String code, int year, Long self) {
        DiagnosticIndicator other = repository.find("municipality = ?1 and code = ?2 and year = ?3", teryt, code, year).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiException.conflict("municipality " + teryt + " already has indicator " + code + " for " + year
                    + " (id " + other.id + ")");
        }
    }

    private void apply(DiagnosticIndicator d, DiagnosticIndicatorRequest r) {
        Map<String, SpatialUnit> byCode = new HashMap<>();
        units.ofMunicipality(d.municipality).forEach(u -> byCode.put(u.code, u));
        boolean rate = Boolean.TRUE.equals(r.rate());
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        if (r.values() != null) {
            r.values().forEach((code, value) -> {
                String path = "values." + code;
                SpatialUnit u = byCode.get(code);
                String problem = u == null ? "municipality " + d.municipality + " has no spatial unit with code " + code
                        : valueProblem(value, rate);
                if (problem != null) {
                    errors.add(new Problem.FieldError(path, problem));
                } else {
                    values.put(u.id, value);
                }
            });
        }
        if (rate && r.referenceValue() != null && valueProblem(r.referenceValue(), true) != null) {
            errors.add(new Problem.FieldError("referenceValue", valueProblem(r.referenceValue(), true)));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        d.code = r.code();
        d.year = r.year();
        d.name = r.name();
        d.sphere = r.sphere();
        d.direction = r.direction();
        d.unit = r.unit();
        d.rate = rate;
        d.source = r.source();
        d.referenceValue = r.referenceValue();
        d.values.keySet().retainAll(values.keySet());
        d.values.putAll(values);
    }

    /** Why a value cannot be stored, or null. */
    static String valueProblem(BigDecimal value, boolean rate) {
        if (value == null) {
            return "must be a number (leave the unit out when its value is not known)";
        }
        if (value.abs().compareTo(BigDecimal.valueOf(1, -14)) >= 0 || value.scale() > 6) {
            return "must have at most 14 digits before and 6 after the decimal point";
        }
        if (rate && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            return "is a rate (a share in %): it must lie between 0 and 100, not " + value.toPlainString();
        }
        return null;
    }

    /**
     * Sets values from CSV rows unitCode, indicatorCode, year, value (an empty value removes the unit's value); every row is
     * checked first and a bad one (unknown unit or indicator, a rate above 100 %) writes nothing.
     */
    @Transactional
    public ImportResponse.Counts importValues(String teryt, byte[] body) {
        unitService.requireMunicipality("municipality", teryt);
        access.requireEditor(teryt);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ImportService.Row> rows = ImportService.csvRows(ImportService.utf8(body), CSV_COLUMNS, errors);
        Map<String, SpatialUnit> byCode = new HashMap<>();
        units.ofMunicipality(teryt).forEach(u -> byCode.put(u.code, u));
        Map<String, DiagnosticIndicator> indicators = new HashMap<>();
        repository.ofMunicipality(teryt, null).forEach(d -> indicators.put(d.code + "/" + d.year, d));
        record Write(DiagnosticIndicator indicator, long unit, BigDecimal value) {
        }
        List<Write> writes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ImportService.Row row : rows) {
            String unitCode = text(row, "unitCode", errors);
            String indicatorCode = text(row, "indicatorCode", errors);
            JsonNode year = row.fields().get("year");
            SpatialUnit unit = unitCode == null ? null : byCode.get(unitCode);
            if (unitCode != null && unit == null) {
                errors.add(new Problem.FieldError(row.path() + ".unitCode", "municipality " + teryt + " has no spatial unit with code " + unitCode));
            }
            if (year == null || !year.isIntegralNumber()) {
                errors.add(new Problem.FieldError(row.path() + ".year", "is required: a whole year such as 2023"));
                continue;
            }
            DiagnosticIndicator indicator = indicatorCode == null ? null : indicators.get(indicatorCode + "/" + year.asInt());
            if (indicatorCode != null && indicator == null) {
                errors.add(new Problem.FieldError(row.path() + ".indicatorCode", "municipality " + teryt + " has no indicator "
                        + indicatorCode + " for " + year.asInt() + ": create it first"));
            }
            BigDecimal value = null;
            JsonNode cell = row.fields().get("value");
            if (cell != null && !cell.isNull()) {
                try {
                    value = new BigDecimal(cell.asText());
                } catch (NumberFormatException e) {
                    errors.add(new Problem.FieldError(row.path() + ".value", "must be a number with a decimal point, not " + cell.asText()));
                    continue;
                }
            }
            if (unit == null || indicator == null) {
                continue;
            }
            String problem = value == null ? null : valueProblem(value, indicator.rate);
            if (problem != null) {
                errors.add(new Problem.FieldError(row.path() + ".value", problem));
                continue;
            }
            String first = seen.putIfAbsent(indicator.id + "/" + unit.id, row.path());
            if (first != null) {
                errors.add(new Problem.FieldError(row.path(), "has the same unitCode, indicatorCode and year as " + first));
                continue;
            }
            writes.add(new Write(indicator, unit.id, value));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        int created = 0;
        int updated = 0;
        for (Write w : writes) {
            BigDecimal old = w.indicator().values.get(w.unit());
            if (w.value() == null) {
                if (old != null) {
                    w.indicator().values.remove(w.unit());
                    w.indicator().touch();
                    updated++;
                }
            } else if (old == null) {
                w.indicator().values.put(w.unit(), w.value());
                w.indicator().touch();
                created++;
            } else if (old.compareTo(w.value()) != 0) {
                w.indicator().values.put(w.unit(), w.value());
                w.indicator().touch();
                updated++;
            }
        }
        repository.flush();
        return new ImportResponse.Counts(created, updated, writes.size() - created - updated);
    }

    private static String text(ImportService.Row row, String field, List<Problem.FieldError> errors) {
        JsonNode v = row.fields().get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            errors.add(new Problem.FieldError(row.path() + "." + field, "is required"));
            return null;
        }
        return v.asText();
    }
}
