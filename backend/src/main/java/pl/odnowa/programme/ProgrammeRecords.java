package pl.odnowa.programme;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;

/**
 * What every record that belongs to one programme (a procedure step, a consultation, an evaluation, a recommendation)
 * does alike: it is seen when its programme is, written by the editors of the programme's municipality under If-Match,
 * never moved to another programme, and listed by municipality and programme with the sync parameters. A subclass
 * says how a request is checked and copied onto its record ({@link #apply}).
 *
 * @param <E> the record
 * @param <R> the request that creates or replaces it (and that a merge patch is applied to)
 */
public abstract class ProgrammeRecords<E extends VersionedEntity, R> {

    /**
     * How a kind of record is made and read: {@code what} names it in messages ("procedure step"); {@code programme}
     * is its programme (null before it is first written); {@code request} is the request that would write it as it
     * is, what a merge patch is applied to.
     */
    public record Kind<E, R>(String what, Class<R> requestType, Supplier<E> create, Function<E, Programme> programme,
            Function<R, Long> programmeId, Function<E, R> request) {
    }

    protected final PanacheRepository<E> repository;
    protected final Access access;
    private final ProgrammeRepository programmes;
    private final MergePatch mergePatch;
    private final Kind<E, R> kind;
    private final String what;

    protected ProgrammeRecords(Kind<E, R> kind, PanacheRepository<E> repository, ProgrammeRepository programmes,
            MergePatch mergePatch, Access access) {
        this.kind = kind;
        this.what = kind == null ? null : kind.what();
        this.repository = repository;
        this.programmes = programmes;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    /** Only for the container's proxy of a subclass (CDI needs a no-args constructor); never serves a call. */
    protected ProgrammeRecords() {
        this(null, null, null, null, null);
    }

    /**
     * Checks the request (a 400 naming every bad field) and copies it onto the record, programme included. The caller
     * has already found the programme and checked that the caller may edit it.
     */
    protected abstract void apply(E record, R request, Programme programme);

    /** The filters every list of these records takes: the municipality's TERYT and the programme's id. */
    protected Where programmeFilter(String municipality, String programme) {
        return new Where()
                .and("programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", municipality, 7))
                .and("programme.id = :programme", "programme", QueryParams.longParam("programme", programme));
    }

    /** A page of the records matching where, changed after updatedSince, of programmes the caller may see. */
    protected <T> PageResponse<T> page(Where where, SyncListParams params, Sort sort, Function<E, T> response) {
        PageRequest page = params.pageRequest();
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "programme");
        var query = repository.find(where.jpql(), sort, where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), response);
    }

    public E get(long id) {
        E record = VersionedEntity.findOr404(repository, id, what);
        access.requireVisible(kind.programme().apply(record).published, record.municipalityTeryt(), what, id);
        return record;
    }

    @Transactional
    public E create(R request) {
        E record = kind.create().get();
        write(record, request);
        repository.persistAndFlush(record);
        return record;
    }

    @Transactional
    public E replace(long id, String ifMatch, R request) {
        E record = access.lockForEdit(repository, id, ifMatch, what);
        write(record, request);
        repository.flush();
        return record;
    }

    @Transactional
    public E patch(long id, String ifMatch, JsonNode patch) {
        E record = access.lockForEdit(repository, id, ifMatch, what);
        write(record, mergePatch.apply(kind.request().apply(record), patch, kind.requestType()));
        repository.flush();
        return record;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        E record = access.lockForEdit(repository, id, ifMatch, what);
        repository.delete(record);
        repository.flush();
    }

    private void write(E record, R request) {
        Long programmeId = kind.programmeId().apply(request);
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", programmeId));
        access.requireEditor(programme.municipalityTeryt());
        Programme current = kind.programme().apply(record);
        if (current != null && !current.id.equals(programme.id)) {
            throw ApiException.badRequest("programmeId", "cannot move " + (what.matches("[aeiou].*") ? "an " : "a ") + what
                    + " to another programme (it belongs to programme " + current.id + ")");
        }
        apply(record, request, programme);
    }
}
