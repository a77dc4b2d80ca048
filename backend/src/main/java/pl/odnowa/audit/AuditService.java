package pl.odnowa.audit;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;
import pl.odnowa.security.Caller;
import pl.odnowa.security.Role;

/**
 * Reads the audit log that the database triggers of V12 write in the transaction of every write, and serves it
 * as per-object history, as the admins' audit search and as the change feed.
 */
@ApplicationScoped
public class AuditService {

    public static final String HISTORY = "Every recorded write of the object, newest first: who, when, and the stored row "
            + "before and after (changes of its parts, e.g. funding sources or subareas, name the part). For the "
            + "municipality's own users (viewer or above) and the superadmin.";

    private static final String COLUMNS = "id, at, actor, entity, entity_id, part, municipality, action, before::text, after::text";
    private static final Pattern CURSOR = Pattern.compile("c([0-9]{1,20})-([0-9]{1,19})");
    private static final Map<String, String> PATHS = Map.ofEntries(Map.entry("municipality", "municipalities"),
            Map.entry("programme", "programmes"), Map.entry("area", "areas"), Map.entry("project", "projects"),
            Map.entry("indicator", "indicators"), Map.entry("recommendation", "recommendations"),
            Map.entry("procedure_step", "procedure-steps"), Map.entry("consultation", "consultations"),
            Map.entry("evaluation", "evaluations"), Map.entry("committee", "committees"),
            Map.entry("monitoring_record", "monitoring-records"), Map.entry("spatial_unit", "spatial-units"),
            Map.entry("diagnostic_indicator", "diagnostic-indicators"));
    /** The entities whose rows belong to a programme by their programme_id (observations and monitoring records
     * belong to one through their indicator and project). */
    private static final String PROGRAMME_RECORDS = "('area', 'project', 'indicator', 'recommendation', 'evaluation', "
            + "'procedure_step', 'consultation', 'committee')";

    private final EntityManager em;
    private final Access access;
    private final ObjectMapper mapper;

    AuditService(EntityManager em, Access access, ObjectMapper mapper) {
        this.em = em;
        this.access = access;
        this.mapper = mapper;
    }

    /** The history of one object of municipality teryt (already found and visible to the caller). */
    public PageResponse<AuditEntry> history(String entity, Object id, String teryt, PageRequest page) {
        access.requireViewer(teryt);
        return entries("entity = :entity and entity_id = :entityId", Map.of("entity", entity, "entityId", id.toString()), page);
    }

    public record Filter(String entity, String entityId, String actor, String municipality, String from, String to) {
    }

    /** The audit search: a municipality's admins see its records, the superadmin everyone's. */
    public PageResponse<AuditEntry> search(Filter filter, PageRequest page) {
        Caller caller = access.requireCaller();
        String municipality = QueryParams.textParam("municipality", filter.municipality(), 7);
        if (caller.role() != Role.SUPERADMIN) {
            municipality = caller.municipality();
            access.require(Role.ADMIN, municipality);
        }
        Where where = new Where()
                .and("entity = :entity", "entity", QueryParams.textParam("entity", filter.entity(), 30))
                .and("entity_id = :entityId", "entityId", QueryParams.textParam("entityId", filter.entityId(), 40))
                .and("actor = :actor", "actor", QueryParams.textParam("actor", filter.actor(), 120))
                .and("municipality = :municipality", "municipality", municipality)
                .and("at >= :from", "from", QueryParams.instantParam("from", filter.from()))
                .and("at < :to", "to", QueryParams.instantParam("to", filter.to()));
        return entries(where.jpql(), where.parameters(), page);
    }

    /**
     * Changes after the cursor, in commit order. Only changes of transactions older than every transaction still
     * running are served (txid below the snapshot's xmin): one that commits later can never land behind a cursor
     * already given out, so a follower misses nothing and sees nothing twice.
     */
    public ChangePage changes(String since, int limit) {
        long txid = 0;
        long id = 0;
        if (since != null && !since.isBlank()) {
            Matcher m = CURSOR.matcher(since.trim());
            if (!m.matches()) {
                throw ApiException.badRequest("since", "must be a cursor from an earlier answer, like c2341-812");
            }
            txid = Long.parseUnsignedLong(m.group(1));
            id = Long.parseLong(m.group(2));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with page as (
                    select a.*, coalesce(a.after, a.before) as r
                    from audit_log a
                    where part is null and entity not in ('user', 'api_key')
                      and txid < pg_snapshot_xmin(pg_current_snapshot())
                      and (txid, id) > (cast(?1 as xid8), ?2)
                    order by txid, id
                    limit ?3)
                select c.id, c.txid::text, c.at, c.entity, c.entity_id, c.action, c.municipality,
                       (c.after ->> 'version')::bigint,
                       coalesce((c.after ->> 'published')::boolean, true)
                           and %s and %s,
                       c.after ->> 'indicator_id'
                from page c
                left join lateral (select case
                        when c.entity = 'observation' then %s
                        when c.entity = 'monitoring_record' then %s
                        when c.entity in %s then (c.r ->> 'programme_id')::bigint end as programme,
                    case when c.entity in ('monitoring_record', 'indicator') then (c.r ->> 'project_id')::bigint
                        when c.entity = 'observation' then (%s ->> 'project_id')::bigint end as project) parent on true
                order by c.txid, c.id""".formatted(publishedThen("programme", "parent.programme"),
                        publishedThen("project", "parent.project"), programmeOf("indicator", "(c.r ->> 'indicator_id')::bigint"),
                        programmeOf("project", "(c.r ->> 'project_id')::bigint"), PROGRAMME_RECORDS,
                        rowThen("indicator", "(c.r ->> 'indicator_id')::bigint")))
                .setParameter(1, Long.toUnsignedString(txid)).setParameter(2, id).setParameter(3, limit + 1)
                .getResultList();
        List<Change> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(change(r));
        }
        String next = items.isEmpty() ? "c" + Long.toUnsignedString(txid) + "-" + id : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next, rows.size() > limit);
    }

    /**
     * Whether the programme or project whose id the expression gives was published when change c was made: its
     * latest audited row before c in commit order, else (a data set loaded without triggers) its row now; true
     * when the expression is null (a record of no programme) or neither is found.
     */
    private static String publishedThen(String entity, String id) {
        return "coalesce(%3$s, (select t.published from %1$s t where t.id = %2$s), true)"
                .formatted(entity, id, auditedBefore(entity, id, "(h.after ->> 'published')::boolean"));
    }

    /**
     * The row (as JSON) of the entity whose id the expression gives, as it was when change c was made: its latest
     * audited row before c in commit order, else (a data set loaded without triggers) its row now. (An observation's
     * indicator may have moved to another project, or to none, since.)
     */
    private static String rowThen(String entity, String id) {
        return "coalesce(%3$s, (select to_jsonb(t) from %1$s t where t.id = %2$s))"
                .formatted(entity, id, auditedBefore(entity, id, "coalesce(h.after, h.before)"));
    }

    /** {@code projection} (over audit row h) of the latest audited row of the entity before change c in commit order. */
    private static String auditedBefore(String entity, String id, String projection) {
        return """
                (select %3$s from audit_log h
                 where h.entity = '%1$s' and h.entity_id = %2$s::text and h.part is null
                   and (h.txid, h.id) < (c.txid, c.id)
                 order by h.txid desc, h.id desc limit 1)""".formatted(entity, id, projection);
    }

    /**
     * The programme of the indicator or project whose id the expression gives: its row's, or, when it has been
     * deleted since, its last audited row's, so that its history stays hidden with its programme.
     */
    private static String programmeOf(String entity, String id) {
        return """
                coalesce((select t.programme_id from %1$s t where t.id = %2$s),
                         (select (coalesce(h.after, h.before) ->> 'programme_id')::bigint from audit_log h
                          where h.entity = '%1$s' and h.entity_id = %2$s::text and h.part is null
                          order by h.id desc limit 1))""".formatted(entity, id);
    }

    private Change change(Object[] r) {
        String entity = (String) r[3];
        String entityId = (String) r[4];
        String action = (String) r[5];
        String municipality = (String) r[6];
        Long version = r[7] == null ? null : ((Number) r[7]).longValue();
        boolean published = (Boolean) r[8];
        // A draft, or a record of a draft programme or project, to a reader who may not see it, is as good as gone.
        if (!published && !access.canSeeDrafts(municipality)) {
            action = "DELETE";
        }
        boolean deleted = action.equals("DELETE");
        String href = deleted ? null : entity.equals("observation")
                ? "/api/v1/indicators/" + r[9] + "/observations/" + entityId
                : "/api/v1/" + PATHS.get(entity) + "/" + entityId;
        return new Change("c" + r[1] + "-" + r[0], entity, entityId, action, deleted ? null : version, municipality,
                offsetDateTime(r[2]), href);
    }

    private PageResponse<AuditEntry> entries(String where, Map<String, Object> parameters, PageRequest page) {
        Query count = em.createNativeQuery("select count(*) from audit_log where " + where);
        Query rows = em.createNativeQuery("select " + COLUMNS + " from audit_log where " + where + " order by id desc")
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size());
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> list = rows.getResultList();
        return PageResponse.of(list, page, total, this::entry);
    }

    private AuditEntry entry(Object[] r) {
        return new AuditEntry(((Number) r[0]).longValue(), offsetDateTime(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], json((String) r[8]), json((String) r[9]));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String text) {
        try {
            return text == null ? null : mapper.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audit log holds invalid JSON", e);
        }
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
