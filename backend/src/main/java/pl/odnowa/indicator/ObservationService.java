package pl.odnowa.indicator;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.Subarea;
import pl.odnowa.area.SubareaRepository;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Etags;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.security.Access;

/**
 * The time series of an indicator. Observations are items of their own, with their own versions (ETags) and
 * If-Match. Because an indicator's representation shows its {@code latest} whole-scope observation and its
 * {@code progress} (computed from the whole-scope series), a write to an observation that changes either also moves
 * the indicator's version (and ETag); other observation writes (subareas, older years that are not the base of
 * the progress) leave the indicator untouched. Writes lock the indicator row, so
 * observation writes of one indicator run one at a time and never race on its version.
 */
@ApplicationScoped
public class ObservationService {

    /** API sort key → property; ObservationReader maps each property to its column. */
    static final Map<String, String> SORTS = Map.of("period", "period", "value", "value");

    private final ObservationRepository repository;
    private final IndicatorRepository indicators;
    private final SubareaRepository subareas;
    private final MergePatch mergePatch;
    private final Access access;
    private final ObservationReader reader;

    private final ProgressRules progressRules;

    ObservationService(ObservationRepository repository, IndicatorRepository indicators, SubareaRepository subareas,
            MergePatch mergePatch, Access access, ObservationReader reader, ProgressRules progressRules) {
        this.progressRules = progressRules;
        this.repository = repository;
        this.indicators = indicators;
        this.subareas = subareas;
        this.mergePatch = mergePatch;
        this.access = access;
        this.reader = reader;
    }

    public record Filter(String from, String to, String subarea) {
    }

    public PageResponse<ObservationResponse> list(long indicatorId, Filter filter, SyncListParams params) {
        String sort = params.sort;
        PageRequest page = params.pageRequest();
        Integer from = QueryParams.yearParam("from", filter.from());
        Integer to = QueryParams.yearParam("to", filter.to());
        if (from != null && to != null && to < from) {
            throw ApiException.badRequest("to", "must not be before from (" + from + ")");
        }
        boolean wholeScopeOnly = filter.subarea() != null && filter.subarea().trim().equalsIgnoreCase("none");
        Long subarea = wholeScopeOnly ? null : subareaParam(filter.subarea());
        var sorting = Sorting.parse(sort, SORTS, "period");
        return reader.page(new ObservationReader.Query(indicatorId, from, to, subarea, wholeScopeOnly, params.updatedSince()), sorting, page);
    }

    public ObservationResponse get(long indicatorId, long observationId) {
        Observation o = repository.findById(observationId);
        if (o == null || !o.indicator.id.equals(indicatorId)) {
            VersionedEntity.findOr404(indicators, indicatorId, "indicator");
            throw notFound(indicatorId, observationId);
        }
        access.requireVisible(o.indicator.published(), o.municipalityTeryt(), "indicator", indicatorId);
        return ObservationResponse.from(o);
    }

    /** The municipality of an observation the caller may see (404 otherwise), for its history. */
    public String municipalityOf(long indicatorId, long observationId) {
        get(indicatorId, observationId);
        return repository.findById(observationId).municipalityTeryt();
    }

    @Transactional
    public ObservationResponse create(long indicatorId, ObservationRequest request) {
        Indicator indicator = lockIndicator(indicatorId);
        IndicatorResponse before = derived(indicator);
        Observation o = new Observation();
        o.indicator = indicator;
        apply(o, request);
        repository.persistAndFlush(o);
        refreshIndicatorVersion(indicator, before);
        return ObservationResponse.from(o);
    }

    @Transactional
    public ObservationResponse replace(long indicatorId, long observationId, String ifMatch, ObservationRequest request) {
        Indicator indicator = lockIndicator(indicatorId);
        IndicatorResponse before = derived(indicator);
        Observation o = lockForWrite(indicatorId, observationId, ifMatch);
        apply(o, request);
        repository.flush();
        refreshIndicatorVersion(indicator, before);
        return ObservationResponse.from(o);
    }

    @Transactional
    public ObservationResponse patch(long indicatorId, long observationId, String ifMatch, JsonNode patch) {
        Indicator indicator = lockIndicator(indicatorId);
        IndicatorResponse before = derived(indicator);
        Observation o = lockForWrite(indicatorId, observationId, ifMatch);
        apply(o, mergePatch.apply(ObservationRequest.from(o), patch, ObservationRequest.class));
        repository.flush();
        refreshIndicatorVersion(indicator, before);
        return ObservationResponse.from(o);
    }

    @Transactional
    public void delete(long indicatorId, long observationId, String ifMatch) {
        Indicator indicator = lockIndicator(indicatorId);
        IndicatorResponse before = derived(indicator);
        Observation o = lockForWrite(indicatorId, observationId, ifMatch);
        repository.delete(o);
        repository.flush();
        refreshIndicatorVersion(indicator, before);
    }

    /**
     * The bulk import's write of one indicator's observations. The indicator is row-locked by the caller, who checked
     * that it may edit it, and the requests are valid, their subareas of the indicator's programme, each (period,
     * subarea) once. Each is created, or updated when its value, source or note differ, or left alone (no new
     * version, no audit entry). The indicator's version moves as for single writes. Returns {created, updated}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int[] importSeries(Indicator indicator, List<ObservationRequest> requests) {
        IndicatorResponse before = derived(indicator);
        Map<String, Observation> stored = new java.util.HashMap<>();
        repository.list("indicator.id", indicator.id)
                .forEach(o -> stored.put(o.period + "/" + (o.subarea == null ? "" : o.subarea.id), o));
        int[] counts = new int[2];
        for (ObservationRequest r : requests) {
            Observation o = stored.get(r.period() + "/" + (r.subareaId() == null ? "" : r.subareaId()));
            if (o == null) {
                o = new Observation();
                o.indicator = indicator;
                apply(o, r);
                repository.persist(o);
                counts[0]++;
            } else if (!Decimals.same(o.value, r.value()) || !java.util.Objects.equals(o.source, r.source())
                    || !java.util.Objects.equals(o.note, r.note())) {
                apply(o, r);
                o.touch();
                counts[1]++;
            }
        }
        repository.flush();
        refreshIndicatorVersion(indicator, before);
        return counts;
    }

    private void apply(Observation o, ObservationRequest r) {
        Subarea subarea = null;
        if (r.subareaId() != null) {
            subarea = subareas.findByIdOptional(r.subareaId())
                    .orElseThrow(() -> ApiException.unknownReference("subareaId", "subarea", r.subareaId()));
            long programmeId = o.indicator.programme.id;
            if (!subarea.area.programme.id.equals(programmeId)) {
                throw ApiException.badRequest("subareaId", "must be a subarea of the indicator's programme " + programmeId);
            }
        }
        if (repository.periodTaken(o.indicator.id, r.period(), r.subareaId(), o.id)) {
            throw ApiException.conflict("indicator " + o.indicator.id + " already has an observation for " + r.period()
                    + (subarea == null ? " (whole scope)" : " in subarea " + subarea.code));
        }
        o.period = r.period();
        o.subarea = subarea;
        o.value = r.value();
        o.source = r.source();
        o.note = r.note();
    }

    private Indicator lockIndicator(long indicatorId) {
        Indicator indicator = indicators.findForUpdate(indicatorId).orElseThrow(() -> ApiException.notFound("indicator", indicatorId));
        access.requireEditor(indicator.municipalityTeryt());
        return indicator;
    }

    /** Like VersionedEntity.lockForWrite, but an observation of another indicator is not found (404) before If-Match counts. */
    private Observation lockForWrite(long indicatorId, long observationId, String ifMatch) {
        Observation o = repository.findByIdOptional(observationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.indicator.id.equals(indicatorId))
                .orElseThrow(() -> notFound(indicatorId, observationId));
        Etags.checkIfMatch(ifMatch, o.version);
        o.touch();
        return o;
    }

    /** What an indicator shows that its observations decide: its latest whole-scope observation and its progress. */
    private IndicatorResponse derived(Indicator indicator) {
        return IndicatorResponse.from(indicator, repository.wholeScope(indicator.id), progressRules);
    }

    /** The indicator shows its latest whole-scope observation and its progress, so its ETag moves when they changed. */
    private void refreshIndicatorVersion(Indicator indicator, IndicatorResponse before) {
        IndicatorResponse after = derived(indicator);
        if (!IndicatorResponse.Latest.same(before.latest(), after.latest())
                || !java.util.Objects.equals(before.progress(), after.progress())) {
            indicator.touch();
            indicators.flush();
        }
    }

    private static Long subareaParam(String value) {
        try {
            return QueryParams.longParam("subarea", value);
        } catch (ApiException e) {
            throw ApiException.badRequest("subarea", "must be a subarea id, or none for whole-scope observations only");
        }
    }

    private static ApiException notFound(long indicatorId, long observationId) {
        return new ApiException(404, "urn:odnowa:problem:not-found", "Not found",
                "indicator " + indicatorId + " has no observation " + observationId, List.of());
    }
}
