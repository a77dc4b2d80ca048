package pl.odnowa.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.importing.ImportResponse;
import pl.odnowa.importing.ImportService;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.security.Access;

/** Spatial units of a municipality: single writes and the all-or-nothing bulk import (GeoJSON or CSV). */
@ApplicationScoped
public class SpatialUnitService {

    static final int MAX_UNITS = 5000;
    static final Map<String, String> SORTS = Map.of("code", "code", "name", "name", "residents", "residents", "areaHa", "areaHa",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "code";
    static final List<String> CSV_COLUMNS = List.of("code", "name", "areaHa", "residents", "residentsDate", "source", "geometry");

    private final SpatialUnitRepository repository;
    private final MunicipalityRepository municipalities;
    private final ImportService imports;
    private final ObjectMapper mapper;
    private final MergePatch mergePatch;
    private final Access access;

    SpatialUnitService(SpatialUnitRepository repository, MunicipalityRepository municipalities, ImportService imports,
            ObjectMapper mapper, MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.imports = imports;
        this.mapper = mapper;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public List<SpatialUnit> list(String teryt) {
        requireMunicipality("municipality", teryt);
        return repository.ofMunicipality(teryt);
    }

    /** One page of a municipality's units, sorted by the keys of {@link #SORTS}, optionally only those changed since. */
    public PageResponse<SpatialUnitResponse> page(String teryt, SyncListParams params) {
        PageRequest page = params.pageRequest();
        String municipality = QueryParams.textParam("municipality", teryt, 7);
        requireMunicipality("municipality", municipality);
        Where where = new Where().and("municipality = :municipality", "municipality", municipality)
                .and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        var query = repository.find(where.jpql(), Sorting.parse(params.sort, SORTS, DEFAULT_SORT), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), SpatialUnitResponse::from);
    }

    public SpatialUnit get(long id) {
        return VersionedEntity.findOr404(repository, id, "spatial unit");
    }

    @Transactional
    public SpatialUnit create(SpatialUnitRequest request) {
        if (request.municipality() == null || request.municipality().isBlank()) {
            throw ApiException.badRequest("municipality", "is required: the TERYT code of the unit's municipality");
        }
        requireMunicipality("municipality", request.municipality());
        access.requireEditor(request.municipality());
        if (repository.count("municipality = ?1 and code = ?2", request.municipality(), request.code()) > 0) {
            throw ApiException.conflict("municipality " + request.municipality() + " already has a spatial unit with code " + request.code());
        }
        SpatialUnit u = new SpatialUnit();
        u.municipality = request.municipality();
        apply(u, request, "");
        repository.persistAndFlush(u);
        return u;
    }

    @Transactional
    public SpatialUnit replace(long id, String ifMatch, SpatialUnitRequest request) {
        return replaceLocked(access.lockForEdit(repository, id, ifMatch, "spatial unit"), request);
    }

    private SpatialUnit replaceLocked(SpatialUnit u, SpatialUnitRequest request) {
        if (request.municipality() != null && !request.municipality().equals(u.municipality)) {
            throw ApiException.badRequest("municipality", "cannot change: the unit belongs to municipality " + u.municipality);
        }
        if (!request.code().equals(u.code) && repository.count("municipality = ?1 and code = ?2", u.municipality, request.code()) > 0) {
            throw ApiException.conflict("municipality " + u.municipality + " already has a spatial unit with code " + request.code());
        }
        apply(u, request, "");
        repository.flush();
        return u;
    }

    /**
     * RFC 7396 merge patch over the unit's PUT form; a geometry in the patch replaces the stored one whole. A crs applies only to a geometry in the same patch (the stored one is
     * WGS 84 already); a new geometry without an areaHa in the patch gets its area measured again.
     */
    @Transactional
    public SpatialUnit patch(long id, String ifMatch, JsonNode patch) {
        SpatialUnit u = access.lockForEdit(repository, id, ifMatch, "spatial unit");
        if (patch != null && patch.isObject()) {
            if (patch.hasNonNull("crs") && !patch.hasNonNull("geometry")) {
                throw ApiException.badRequest("crs", "applies only to a geometry given in the same patch: the stored geometry is "
                        + "already WGS 84 (EPSG:4326)");
            }
            if (patch.hasNonNull("geometry") && !patch.has("areaHa")) {
                ObjectNode copy = ((ObjectNode) patch).deepCopy();
                copy.putNull("areaHa");
                patch = copy;
            }
        }
        SpatialUnitRequest current = SpatialUnitRequest.from(u);
        if (patch != null && patch.hasNonNull("geometry")) {
            // why: a GeoJSON geometry is one value; merged member by member, {"type": "Polygon"} would keep the old
            // coordinates under a new type, so a geometry in a patch replaces the stored one whole.
            current = new SpatialUnitRequest(current.municipality(), current.code(), current.name(), null, current.crs(),
                    current.areaHa(), current.residents(), current.residentsDate(), current.source());
        }
        SpatialUnitRequest request = mergePatch.apply(current, patch, SpatialUnitRequest.class);
        return replaceLocked(u, request);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        SpatialUnit u = access.lockForEdit(repository, id, ifMatch, "spatial unit");
        repository.delete(u);
        repository.flush();
    }

    /** Sets the fields after checking geometry and crs; errors are named under {@code prefix}. */
    private static void apply(SpatialUnit u, SpatialUnitRequest r, String prefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        JsonNode geometry = checked(r, prefix, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        write(u, r, geometry);
    }

    private static JsonNode checked(SpatialUnitRequest r, String prefix, List<Problem.FieldError> errors) {
        String crs = UnitGeometry.crsProblem(r.crs());
        if (crs != null) {
            errors.add(new Problem.FieldError(prefix + "crs", crs));
            return null;
        }
        JsonNode geometry = r.geometry() == null || r.geometry().isNull() ? null : UnitGeometry.toWgs84(r.geometry(), r.crs());
        if (geometry != null) {
            String problem = UnitGeometry.problem(geometry);
            if (problem != null) {
                errors.add(new Problem.FieldError(prefix + "geometry", problem));
            }
        }
        return geometry;
    }

    private static void write(SpatialUnit u, SpatialUnitRequest r, JsonNode geometry) {
        u.code = r.code();
        u.name = r.name();
        u.geometry = geometry == null ? null : geometry.toString();
        u.areaHa = r.areaHa() != null ? r.areaHa() : geometry == null ? null : UnitGeometry.hectares(geometry);
        u.residents = r.residents();
        u.residentsDate = r.residentsDate();
        u.source = r.source();
    }

    /**
     * Creates or updates the units of a GeoJSON FeatureCollection (features[i]: geometry and properties code, name, areaHa,
     * residents, residentsDate, source) or CSV rows (rows[i]), found by code; every row is checked first, and one bad row
     * writes nothing.
     */
    @Transactional
    public ImportResponse.Counts importUnits(String teryt, String crs, boolean csv, byte[] body) {
        requireMunicipality("municipality", teryt);
        access.requireEditor(teryt);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ImportService.Row> rows = csv ? csvRows(body, errors) : featureRows(body, errors);
        Map<String, String> seen = new HashMap<>();
        Map<String, SpatialUnit> stored = new HashMap<>();
        repository.ofMunicipality(teryt).forEach(u -> stored.put(u.code, u));
        Map<SpatialUnitRequest, JsonNode> valid = new LinkedHashMap<>();
        if (rows.size() > MAX_UNITS) {
            throw ApiException.badRequest("body", "holds " + rows.size() + " units; at most " + MAX_UNITS + " in one import");
        }
        for (ImportService.Row row : rows) {
            ObjectNode fields = row.fields();
            fields.put("municipality", teryt);
            if (crs != null && !fields.has("crs")) {
                fields.put("crs", crs);
            }
            SpatialUnitRequest request;
            try {
                request = imports.readValid(fields, SpatialUnitRequest.class);
            } catch (RuntimeException e) {
                errors.addAll(ImportService.fieldErrors(e, row.path(), f -> f));
                continue;
            }
            String first = seen.putIfAbsent(request.code(), row.path());
            if (first != null) {
                errors.add(new Problem.FieldError(row.path() + ".code", "repeats the code of " + first + " ('" + request.code() + "')"));
                continue;
            }
            JsonNode geometry = checked(request, row.path() + ".", errors);
            valid.put(request, geometry);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        int created = 0;
        int updated = 0;
        for (Map.Entry<SpatialUnitRequest, JsonNode> entry : valid.entrySet()) {
            SpatialUnitRequest r = entry.getKey();
            SpatialUnit u = stored.get(r.code());
            boolean isNew = u == null;
            if (isNew) {
                u = new SpatialUnit();
                u.municipality = teryt;
            }
            String before = isNew ? null : snapshot(u);
            write(u, r, entry.getValue());
            if (isNew) {
                repository.persist(u);
                created++;
            } else if (!Objects.equals(before, snapshot(u))) {
                u.touch();
                updated++;
            }
        }
        repository.flush();
        return new ImportResponse.Counts(created, updated, valid.size() - created - updated);
    }

    private static String snapshot(SpatialUnit u) {
        return String.join("|", u.code, u.name, String.valueOf(u.geometry == null ? null : pl.odnowa.area.GeoJson.parse(u.geometry)),
                String.valueOf(u.areaHa == null ? null : u.areaHa.stripTrailingZeros()), String.valueOf(u.residents),
                String.valueOf(u.residentsDate), String.valueOf(u.source));
    }

    private List<ImportService.Row> csvRows(byte[] body, List<Problem.FieldError> errors) {
        List<ImportService.Row> rows = ImportService.csvRows(ImportService.utf8(body), CSV_COLUMNS, errors);
        for (ImportService.Row row : rows) {
            JsonNode geometry = row.fields().get("geometry");
            if (geometry != null && geometry.isTextual()) {
                try {
                    row.fields().set("geometry", mapper.readTree(geometry.asText()));
                } catch (java.io.IOException e) {
                    errors.add(new Problem.FieldError(row.path() + ".geometry", "is not GeoJSON text"));
                    row.fields().remove("geometry");
                }
            }
        }
        return rows;
    }

    private List<ImportService.Row> featureRows(byte[] body, List<Problem.FieldError> errors) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("body", "is not JSON: a GeoJSON FeatureCollection is expected");
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw ApiException.badRequest("body", "must be a GeoJSON FeatureCollection with a features array");
        }
        // A legacy GeoJSON (2008) crs member naming EPSG:2180 is honoured, as QGIS writes it for PUWG 1992 data.
        String crs = root.path("crs").path("properties").path("name").asText("").endsWith("2180") ? UnitGeometry.PUWG1992 : null;
        List<ImportService.Row> rows = new ArrayList<>();
        JsonNode features = root.get("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String path = "features[" + i + "]";
            if (!f.isObject() || !f.path("properties").isObject()) {
                errors.add(new Problem.FieldError(path, "must be a Feature with properties"));
                continue;
            }
            ObjectNode fields = ((ObjectNode) f.get("properties")).deepCopy();
            fields.set("geometry", f.get("geometry"));
            if (crs != null) {
                fields.put("crs", crs);
            }
            rows.add(new ImportService.Row(path, fields));
        }
        return rows;
    }

    void requireMunicipality(String field, String teryt) {
        if (teryt == null || teryt.isBlank()) {
            throw ApiException.badRequest(field, "is required: a TERYT code");
        }
        if (municipalities.findByIdOptional(teryt).isEmpty()) {
            throw ApiException.unknownReference(field, "municipality", teryt);
        }
    }
}
