package pl.odnowa.sdg;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.Where;

/** Reads the SDG 11 targets and global indicators loaded by migration V2; nothing here writes. */
@ApplicationScoped
public class SdgService {

    static final Map<String, String> SORTS = Map.of("position", "position", "code", "code");

    private final SdgTargetRepository targets;
    private final SdgIndicatorRepository indicators;

    SdgService(SdgTargetRepository targets, SdgIndicatorRepository indicators) {
        this.targets = targets;
        this.indicators = indicators;
    }

    public PageResponse<SdgTargetResponse> targets(String sort, PageRequest page) {
        var query = targets.findAll(Sorting.parse(sort, SORTS, "position"));
        List<SdgTarget> rows = query.page(page.toPage()).list();
        Map<String, List<SdgIndicator>> byTarget = indicators.ofTargets(rows.stream().map(t -> t.code).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.targetCode));
        return PageResponse.of(rows, page, query.count(), t -> SdgTargetResponse.from(t, byTarget.getOrDefault(t.code, List.of())));
    }

    public SdgTargetResponse target(String code) {
        SdgTarget target = targets.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("SDG target", code));
        return SdgTargetResponse.from(target, indicators.ofTargets(List.of(code)));
    }

    public PageResponse<SdgIndicatorResponse> indicators(String target, String sort, PageRequest page) {
        String targetCode = QueryParams.textParam("target", target, 8);
        // Target codes are a closed list, like an enum: an unknown one is a mistake, not an empty page.
        if (targetCode != null && targets.findByIdOptional(targetCode).isEmpty()) {
            throw ApiException.unknownReference("target", "SDG target", targetCode);
        }
        Where where = new Where().and("targetCode = :target", "target", targetCode);
        var query = indicators.find(where.jpql(), Sorting.parse(sort, SORTS, "position"), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), SdgIndicatorResponse::from);
    }

    public SdgFrameworkResponse framework() {
        Object[] row = (Object[]) targets.getEntityManager()
                .createNativeQuery("select title_en, title_pl, version_date, source from sdg_framework where id = 1")
                .getSingleResult();
        return new SdgFrameworkResponse((String) row[0], (String) row[1], (java.time.LocalDate) row[2], (String) row[3]);
    }

    public SdgIndicatorResponse indicator(String code) {
        return SdgIndicatorResponse.from(indicators.findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("SDG indicator", code)));
    }
}
