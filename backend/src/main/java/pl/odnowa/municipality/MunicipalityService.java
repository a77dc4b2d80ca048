package pl.odnowa.municipality;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;

@ApplicationScoped
public class MunicipalityService {

    static final Map<String, String> SORTS = Map.of("teryt", "teryt", "name", "name",
            "residents", "residents", "areaKm2", "areaKm2");

    private final MunicipalityRepository repository;
    private final MergePatch mergePatch;
    private final Access access;

    MunicipalityService(MunicipalityRepository repository, MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    /**
     * q: a fragment of the name with diacritics, case and punctuation optional (municipality_fold, V60), or the first
     * digits of the TERYT code; voivodeship: one of the 16, spelt as {@link Voivodeships#canonical} accepts.
     */
    public PageResponse<MunicipalityResponse> list(String q, String voivodeship, SyncListParams params) {
        String sort = params.sort;
        PageRequest page = params.pageRequest();
        String text = QueryParams.textParam("q", q, 200);
        String byName = "cast(function('municipality_fold', name) as String)"
                + " like concat('%', cast(function('municipality_fold', :q) as String), '%')";
        boolean digits = text != null && text.matches("[0-9]{1,7}");
        Where where = new Where()
                .and(digits ? "(" + byName + " or teryt like concat(:q, '%'))" : byName, "q", text)
                .and("voivodeship = :voivodeship", "voivodeship",
                        Voivodeships.canonical("voivodeship", QueryParams.textParam("voivodeship", voivodeship, 100)));
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        var query = repository.find(where.jpql(), Sorting.parse(sort, SORTS, "name"), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), MunicipalityResponse::from);
    }

    public Municipality get(String teryt) {
        return VersionedEntity.findOr404(repository, teryt, "municipality");
    }

    @Transactional
    public Municipality create(MunicipalityRequest request) {
        access.requireSuperadmin();
        if (repository.findByIdOptional(request.teryt()).isPresent()) {
            throw ApiException.conflict("municipality " + request.teryt() + " already exists");
        }
        Municipality m = new Municipality();
        m.teryt = request.teryt();
        apply(m, request);
        repository.persistAndFlush(m);
        return m;
    }

    @Transactional
    public Municipality replace(String teryt, String ifMatch, MunicipalityRequest request) {
        return replaceLocked(access.lockForEdit(repository, teryt, ifMatch, "municipality"), request);
    }

    @Transactional
    public Municipality patch(String teryt, String ifMatch, JsonNode patch) {
        Municipality m = access.lockForEdit(repository, teryt, ifMatch, "municipality");
        return replaceLocked(m, mergePatch.apply(MunicipalityRequest.from(m), patch, MunicipalityRequest.class));
    }

    private Municipality replaceLocked(Municipality m, MunicipalityRequest request) {
        if (!m.teryt.equals(request.teryt())) {
            throw ApiException.badRequest("teryt", "cannot change: it is the municipality's key (" + m.teryt + ")");
        }
        apply(m, request);
        repository.flush();
        return m;
    }

    @Transactional
    public void delete(String teryt, String ifMatch) {
        access.requireSuperadmin();
        Municipality m = VersionedEntity.lockForWrite(repository, teryt, ifMatch, "municipality");
        repository.delete(m);
        repository.flush();
    }

    private static void apply(Municipality m, MunicipalityRequest r) {
        m.name = r.name();
        m.voivodeship = Voivodeships.canonical("voivodeship", r.voivodeship());
        m.nutsCode = r.nutsCode();
        m.areaKm2 = r.areaKm2();
        m.residents = r.residents();
        m.source = r.source();
        m.residentsDate = r.residentsDate();
    }
}
