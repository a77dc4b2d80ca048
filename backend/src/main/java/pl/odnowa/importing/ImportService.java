package pl.odnowa.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.configuration.MemorySize;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.Problem;
import pl.odnowa.common.ProblemMappers;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.IndicatorRepository;
import pl.odnowa.indicator.ObservationRequest;
import pl.odnowa.indicator.ObservationService;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectRequest;
import pl.odnowa.project.ProjectService;
import pl.odnowa.security.Access;

/**
 * Bulk import of a programme's projects and indicator observations from JSON or CSV. Every row is held to the rules
 * of the single writes (Bean Validation and the services' checks); all errors of all rows are collected and answered
 * together, and then nothing is written (one transaction). Rows equal to the stored objects are not written.
 */
@ApplicationScoped
public class ImportService {

    /** Project rows written to the database, and then detached from the session, at a time. */
    private static final int CHUNK = 500;
    /**
     * An import is one transaction (all or nothing), longer than the 60 s default allows for large files on a slow
     * machine: 100,000 projects take about a minute here (docs/performance.md).
     */
    private static final int IMPORT_TIMEOUT_SECONDS = 600;

    static final String PROJECTS = "projects";
    static final String OBSERVATIONS = "observations";

    /** CSV columns of project rows: the fields of a project request, except its programme and funding sources. */
    static final List<String> PROJECT_COLUMNS = Arrays.stream(ProjectRequest.class.getRecordComponents())
            .map(c -> c.getName()).filter(n -> !n.equals("programmeId") && !n.equals("fundingSources")).toList();
    static final List<String> OBSERVATION_COLUMNS = List.of("indicatorCode", "subareaCode", "areaKind", "year", "value",
            "source", "note");
    private static final Set<String> LIST_COLUMNS = Set.of("implementingEntities", "subareaIds", "sdgTargets");
    private static final Set<String> WHOLE_NUMBER_COLUMNS = Set.of("year", "subareaIds", "residents");
    private static final Set<String> FLAG_COLUMNS = Set.of("published");
    /** Converts the failures of reading and validating one row into its field errors, worded as for single writes. */
    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    private final ProgrammeRepository programmes;
    private final ProjectService projects;
    private final IndicatorRepository indicators;
    private final ObservationService observations;
    private final Access access;
    private final MergePatch mergePatch;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final EntityManager em;
    private long maxBytes;

    ImportService(ProgrammeRepository programmes, ProjectService projects, IndicatorRepository indicators,
            ObservationService observations, Access access, MergePatch mergePatch, ObjectMapper mapper,
            Validator validator, EntityManager em,
            @ConfigProperty(name = "odnowa.import.max-bytes", defaultValue = "5M") MemorySize maxBytes) {
        this.programmes = programmes;
        this.projects = projects;
        this.indicators = indicators;
        this.observations = observations;
        this.access = access;
        this.mergePatch = mergePatch;
        this.mapper = mapper;
        this.validator = validator;
        this.em = em;
        this.maxBytes = maxBytes.asLongValue();
    }

    /** Lets tests try the size limit without sending megabytes. */
    void maxBytes(long limit) {
        this.maxBytes = limit;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** One row of the file: where it is (projects[3], rows[7]) and its fields as JSON. */
    public record Row(String path, ObjectNode fields) {
    }

    /** The body, at most {@link #maxBytes} of it: a longer one is refused with 413 before it is parsed. */
    public byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApiException(413, "urn:odnowa:problem:content-too-large", "Content too large",
                        "an import may hold at most " + maxBytes + " bytes: split the file", List.of(
                                new Problem.FieldError("body", "is larger than " + maxBytes + " bytes")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS, timeoutFromConfigProperty = "odnowa.import.transaction-timeout")
    public ImportResponse importJson(long programmeId, byte[] body) {
        Programme programme = editableProgramme(programmeId);
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw e instanceof JsonProcessingException json ? new WebApplicationException(json, 400)
                    : new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object with the arrays projects and/or observations");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals(PROJECTS) && !name.equals(OBSERVATIONS)) {
                errors.add(new Problem.FieldError(name, "is not a known property; known: observations, projects"));
            }
        });
        List<Row> projectRows = jsonRows(root, PROJECTS, errors);
        List<Row> observationRows = jsonRows(root, OBSERVATIONS, errors);
        return write(programme, projectRows, observationRows, errors);
    }

    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS, timeoutFromConfigProperty = "odnowa.import.transaction-timeout")
    public ImportResponse importCsv(long programmeId, String kind, byte[] body) {
        Programme programme = editableProgramme(programmeId);
        if (!PROJECTS.equals(kind) && !OBSERVATIONS.equals(kind)) {
            throw ApiException.badRequest("kind", "must be projects or observations for a CSV body");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        CsvRows rows = CsvRows.of(utf8(body), PROJECTS.equals(kind) ? PROJECT_COLUMNS : OBSERVATION_COLUMNS, errors);
        return PROJECTS.equals(kind) ? write(programme, rows, List.of(), errors) : write(programme, List.of(), rows, errors);
    }

    private Programme editableProgramme(long programmeId) {
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.notFound("programme", programmeId));
        access.requireEditor(programme.municipalityTeryt());
        return programme;
    }

    private ImportResponse write(Programme programme, Iterable<Row> projectRows, Iterable<Row> observationRows,
            List<Problem.FieldError> errors) {
        ImportResponse.Counts projectCounts = writeProjects(programme, projectRows, errors);
        int[] observationCount = new int[1];
        Map<Indicator, List<ObservationRequest>> series = observationRequests(programme, observationRows, observationCount, errors);
        if (!errors.isEmpty()) {
            // The exception rolls back the project rows already written.
            throw ApiException.invalid(errors);
        }
        int[] written = new int[2];
        series.forEach((indicator, requests) -> {
            em.lock(indicator, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            int[] counts = observations.importSeries(indicator, requests);
            written[0] += counts[0];
            written[1] += counts[1];
        });
        return new ImportResponse(projectCounts,
                new ImportResponse.Counts(written[0], written[1], observationCount[0] - written[0] - written[1]));
    }

    /**
     * Two passes over the rows: the first checks their external ids (the import finds projects by them, each once),
     * the second writes them a chunk at a time. Neither keeps all the rows or all the projects in memory (a CSV body
     * is read again rather than held as JSON), so that 100,000 rows fit in a small heap.
     */
    private ImportResponse.Counts writeProjects(Programme programme, Iterable<Row> rows, List<Problem.FieldError> errors) {
        Map<String, String> pathOf = new HashMap<>();
        for (Row row : rows) {
            String id = externalId(programme, row, errors);
            if (id != null && pathOf.putIfAbsent(id, row.path()) != null) {
                errors.add(new Problem.FieldError(row.path() + ".externalId", "is also the externalId of "
                        + pathOf.get(id) + "; each project may appear once"));
            }
        }
        int[] counts = new int[2];
        Map<String, Row> chunk = new LinkedHashMap<>();
        for (Row row : rows) {
            String id = externalId(programme, row, new ArrayList<>());
            if (id != null && row.path().equals(pathOf.get(id))) { // else reported by the first pass
                chunk.put(id, row);
            }
            if (chunk.size() == CHUNK) {
                writeChunk(programme, chunk, counts, errors);
            }
        }
        writeChunk(programme, chunk, counts, errors);
        return new ImportResponse.Counts(counts[0], counts[1], pathOf.size() - counts[0] - counts[1]);
    }

    /**
     * Writes a chunk of project rows (by external id), counting {created, updated}; then lets the session forget
     * them. The transaction still covers the whole import: an error in a later row rolls these rows back too.
     */
    private void writeChunk(Programme programme, Map<String, Row> chunk, int[] counts, List<Problem.FieldError> errors) {
        Map<String, Project> stored = projects.lockByExternalId(programme.id, chunk.keySet());
        List<Project> written = new ArrayList<>();
        chunk.forEach((id, row) -> {
            row.fields().put("programmeId", programme.id);
            Project project = stored.get(id);
            try {
                ProjectRequest request = project == null ? readValid(row.fields(), ProjectRequest.class)
                        : mergePatch.apply(ProjectRequest.from(project), row.fields(), ProjectRequest.class);
                Project target = project == null ? new Project() : project;
                if (projects.importInto(target, request)) {
                    counts[project == null ? 0 : 1]++;
                }
                written.add(target);
            } catch (RuntimeException e) {
                errors.addAll(fieldErrors(e, row.path(), UnaryOperator.identity()));
            }
        });
        em.flush();
        written.forEach(em::detach);
        stored.values().forEach(em::detach);
        chunk.clear();
    }

    /** The external id of a project row, or null with its error (none, or a row naming another programme). */
    private static String externalId(Programme programme, Row row, List<Problem.FieldError> errors) {
        JsonNode id = row.fields().get("externalId");
        JsonNode programmeId = row.fields().get("programmeId");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            errors.add(new Problem.FieldError(row.path() + ".externalId", "is required: the import finds projects by it"));
            return null;
        }
        if (programmeId != null && !programmeId.isNull() && !(programmeId.canConvertToLong()
                && programmeId.asLong() == programme.id)) {
            errors.add(new Problem.FieldError(row.path() + ".programmeId", "must be " + programme.id
                    + ", the programme of the path, or left out"));
            return null;
        }
        return id.asText();
    }

    /** The observation rows as requests of their indicators, or their errors. */
    private Map<Indicator, List<ObservationRequest>> observationRequests(Programme programme, Iterable<Row> rows,
            int[] count, List<Problem.FieldError> errors) {
        Map<Indicator, List<ObservationRequest>> series = new LinkedHashMap<>();
        if (!rows.iterator().hasNext()) {
            return series;
        }
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.list("programme.id", programme.id).forEach(i -> byCode.put(i.code, i));
        Map<String, List<Subarea>> subareas = new HashMap<>();
        em.createQuery("select s from Subarea s join fetch s.area where s.area.programme.id = :programme", Subarea.class)
                .setParameter("programme", programme.id).getResultList()
                .forEach(s -> subareas.computeIfAbsent(s.code, code -> new ArrayList<>()).add(s));
        Map<String, String> seen = new HashMap<>();
        for (Row row : rows) {
            count[0]++;
            int before = errors.size();
            ObjectNode fields = row.fields();
            fields.fieldNames().forEachRemaining(name -> {
                if (!OBSERVATION_COLUMNS.contains(name)) {
                    errors.add(new Problem.FieldError(row.path() + "." + name, "is not a known property; known: "
                            + String.join(", ", OBSERVATION_COLUMNS.stream().sorted().toList())));
                }
            });
            String code = text(row, "indicatorCode", errors);
            Indicator indicator = null;
            if (code == null) {
                errors.add(new Problem.FieldError(row.path() + ".indicatorCode", "is required"));
            } else if ((indicator = byCode.get(code)) == null) {
                errors.add(new Problem.FieldError(row.path() + ".indicatorCode", "programme " + programme.id
                        + " has no indicator with code " + code));
            }
            Subarea subarea = subarea(row, indicator, subareas, errors);
            ObjectNode request = JsonNodeFactory.instance.objectNode();
            request.set("period", fields.get("year"));
            request.set("subareaId", subarea == null ? null : request.numberNode(subarea.id));
            request.set("value", fields.get("value"));
            request.set("source", fields.get("source"));
            request.set("note", fields.get("note"));
            ObservationRequest observation = null;
            try {
                observation = readValid(request, ObservationRequest.class);
            } catch (RuntimeException e) {
                errors.addAll(fieldErrors(e, row.path(), field -> field.replace("period", "year").replace("subareaId", "subareaCode")));
            }
            if (errors.size() > before || observation == null) {
                continue;
            }
            String key = indicator.id + "/" + observation.subareaId() + "/" + observation.period();
            String first = seen.putIfAbsent(key, row.path());
            if (first != null) {
                errors.add(new Problem.FieldError(row.path(), "has the same indicatorCode, subareaCode and year as " + first));
                continue;
            }
            series.computeIfAbsent(indicator, i -> new ArrayList<>()).add(observation);
        }
        return series;
    }

    /**
     * The subarea a row names by code, among the areas of the programme (the indicator's own area, when it has one);
     * null for the whole scope.
     */
    private static Subarea subarea(Row row, Indicator indicator, Map<String, List<Subarea>> subareas,
            List<Problem.FieldError> errors) {
        String code = text(row, "subareaCode", errors);
        String kind = text(row, "areaKind", errors);
        if (code == null) {
            return null;
        }
        List<Subarea> matching = subareas.getOrDefault(code, List.of()).stream()
                .filter(s -> kind == null || s.area.kind.name().equals(kind))
                .filter(s -> indicator == null || indicator.area == null || s.area.id.equals(indicator.area.id))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        errors.add(new Problem.FieldError(row.path() + (matching.isEmpty() ? ".subareaCode" : ".areaKind"), matching.isEmpty()
                ? "no subarea with code " + code + (kind == null ? "" : " in the " + kind + " area")
                        + (indicator != null && indicator.area != null ? " in the area of indicator " + indicator.code : "")
                        + " in this programme"
                : "is needed: both areas of the programme have a subarea with code " + code + " (DEGRADED or REVITALISATION)"));
        return null;
    }

    /** A text field of the row, or null when absent, null or empty; a non-text value is an error. */
    private static String text(Row row, String field, List<Problem.FieldError> errors) {
        JsonNode value = row.fields().get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new Problem.FieldError(row.path() + "." + field, "has the wrong type or format; expected a string"));
            return null;
        }
        return value.asText().isEmpty() ? null : value.asText();
    }

    /** Reads the row as a request and validates it as a request body would be. */
    public <R> R readValid(ObjectNode fields, Class<R> type) {
        R request;
        try {
            request = mapper.treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(e, 400);
        } catch (IllegalArgumentException e) {
            throw e.getCause() instanceof JsonProcessingException json ? new WebApplicationException(json, 400) : e;
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** The field errors of a row that failed, named under the row's path; any failure other than bad input goes on. */
    public static List<Problem.FieldError> fieldErrors(RuntimeException e, String path, UnaryOperator<String> rename) {
        Response response;
        if (e instanceof ApiException api) {
            response = PROBLEMS.api(api, null);
        } else if (e instanceof ConstraintViolationException violations) {
            response = PROBLEMS.validation(violations, null);
        } else if (e instanceof WebApplicationException web && web.getCause() instanceof JsonProcessingException) {
            response = PROBLEMS.web(web, null);
        } else {
            throw e;
        }
        Problem problem = (Problem) response.getEntity();
        if (problem.status() != 400) {
            throw e;
        }
        return problem.errors().stream()
                .map(f -> new Problem.FieldError(path + "." + rename.apply(f.field()), f.message()))
                .toList();
    }

    private static List<Row> jsonRows(JsonNode root, String name, List<Problem.FieldError> errors) {
        JsonNode array = root.get(name);
        List<Row> rows = new ArrayList<>();
        if (array == null || array.isNull()) {
            return rows;
        }
        if (!array.isArray()) {
            errors.add(new Problem.FieldError(name, "must be an array"));
            return rows;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = name + "[" + i + "]";
            if (array.get(i).isObject()) {
                rows.add(new Row(path, (ObjectNode) array.get(i)));
            } else {
                errors.add(new Problem.FieldError(path, "must be an object"));
            }
        }
        return rows;
    }

    /**
     * CSV rows as JSON objects: a header line of column names, then rows[1] …; an empty cell is null, lists are
     * separated by semicolons, whole numbers and flags are converted so that the strict JSON reading accepts them.
     */
    /** The rows of a CSV body, all in memory: for the smaller imports of other resources (see {@link CsvRows}). */
    public static List<Row> csvRows(String text, List<String> columns, List<Problem.FieldError> errors) {
        List<Row> rows = new ArrayList<>();
        CsvRows.of(text, columns, errors).forEach(rows::add);
        return rows;
    }

    /** A CSV cell as JSON: empty is null, list columns are split at ";". */
    static JsonNode cell(String column, String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (value.isEmpty()) {
            return json.nullNode();
        }
        if (LIST_COLUMNS.contains(column)) {
            var array = json.arrayNode();
            for (String item : value.split(";")) {
                array.add(scalar(column, item.strip()));
            }
            return array;
        }
        return scalar(column, value);
    }

    private static JsonNode scalar(String column, String value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (WHOLE_NUMBER_COLUMNS.contains(column) && value.matches("-?[0-9]{1,18}")) {
            return json.numberNode(Long.parseLong(value));
        }
        if (FLAG_COLUMNS.contains(column) && (value.equals("true") || value.equals("false"))) {
            return json.booleanNode(Boolean.parseBoolean(value));
        }
        return json.textNode(value);
    }

    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("body", "is not UTF-8 text");
        }
    }
}
