package pl.odnowa.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.common.Where;

/**
 * Who is calling in this request, and what they may do. Reads stay public (published data only); every write
 * needs a caller with the right role in the municipality that owns the object, checked here by the services.
 */
@RequestScoped
public class Access {

    /**
     * SQL over indicator alias i: the indicator is not one of a draft project (it is the programme's, an area's, or a
     * published project's). With the programme's flag, the rule of {@link #visibleIndicatorsSql}.
     */
    public static final String INDICATOR_PROJECT_PUBLISHED_SQL =
            "not exists (select 1 from project ip where ip.id = i.project_id and not ip.published)";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private Caller caller;
    /** The transaction whose actor is set: set_config(..., true) holds until it ends, so once is enough (imports). */
    private Object actorRecordedIn;

    Access(EntityManager entityManager, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    void authenticate(Caller caller) {
        this.caller = caller;
    }

    /** The caller, or null for an anonymous request. */
    public Caller caller() {
        return caller;
    }

    public Caller requireCaller() {
        if (caller == null) {
            throw ApiException.unauthorized("this operation needs a signed-in user or an API key");
        }
        return caller;
    }

    /**
     * Refuses unless the caller has {@code role} in municipality {@code teryt}; then records the caller as the
     * actor of the current transaction, so the audit triggers write who made the change.
     */
    public Caller require(Role role, String teryt) {
        Caller c = requireCaller();
        if (!c.can(role, teryt)) {
            throw ApiException.forbidden(c.role() == Role.SUPERADMIN || c.municipality() == null || c.municipality().equals(teryt)
                    ? "role " + c.role() + " cannot do this; it needs " + role
                    : c.name() + " belongs to municipality " + c.municipality() + " and cannot change data of " + teryt);
        }
        recordActor(c);
        return c;
    }

    /** Reads that only the municipality's own users (viewer or above) may make: drafts' history, the audit log. */
    public Caller requireViewer(String teryt) {
        Caller c = requireCaller();
        if (!c.can(Role.VIEWER, teryt)) {
            throw ApiException.forbidden(c.name() + " cannot read the records of municipality " + teryt);
        }
        return c;
    }

    /** Writes of a municipality's data: editor or above in that municipality. */
    public Caller requireEditor(String teryt) {
        return require(Role.EDITOR, teryt);
    }

    public Caller requireSuperadmin() {
        Caller c = requireCaller();
        if (c.role() != Role.SUPERADMIN) {
            throw ApiException.forbidden("only the platform's superadmin can do this");
        }
        recordActor(c);
        return c;
    }

    /**
     * Loads an object for a write (row-locked, If-Match checked: see {@link VersionedEntity#lockForWrite}) and
     * refuses unless the caller is an editor of the municipality that owns it.
     */
    public <E extends VersionedEntity, I> E lockForEdit(PanacheRepositoryBase<E, I> repository, I id, String ifMatch, String what) {
        E entity = VersionedEntity.lockForWrite(repository, id, ifMatch, what);
        requireEditor(entity.municipalityTeryt());
        return entity;
    }

    /**
     * Users and API keys: a municipality's admins manage those of their municipality up to admin; only a superadmin
     * manages superadmins (which belong to no municipality).
     */
    public Caller requireManager(String municipality, Role role) {
        return role == Role.SUPERADMIN || municipality == null ? requireSuperadmin() : require(Role.ADMIN, municipality);
    }

    /** Whether the caller may see unpublished programmes and projects (and the history) of municipality teryt. */
    public boolean canSeeDrafts(String teryt) {
        return caller != null && caller.can(Role.VIEWER, teryt);
    }

    /** Whether the caller may see a programme or project of municipality teryt with this published flag. */
    public boolean canSee(boolean published, String teryt) {
        return published || canSeeDrafts(teryt);
    }

    /** 404, as if it did not exist, for a draft the caller may not see. */
    public void requireVisible(boolean published, String teryt, String what, Object id) {
        if (!canSee(published, teryt)) {
            throw ApiException.notFound(what, id);
        }
    }

    /**
     * Limits a query to the programmes the caller may read: published ones, plus every one of the caller's own
     * municipality (all for a superadmin). {@code programme} is the JPQL path of the programme, e.g. "p.programme".
     */
    public Where visibleProgrammes(Where where, String programme) {
        return visible(where, programme + ".published = true", programme);
    }

    /** As {@link #visibleProgrammes}, for projects: the project and its programme must both be published. */
    public Where visibleProjects(Where where, String project) {
        return visible(where, project + ".published = true and " + project + ".programme.published = true",
                project + ".programme");
    }

    /**
     * As {@link #visibleProgrammes}, for indicators ({@code indicator} is the JPQL path of one, e.g. "i"): the
     * programme must be published and, for an indicator of a project, the project too, so that a draft project's
     * indicators are as hidden as the project ({@link pl.odnowa.indicator.Indicator#published} in Java).
     */
    public Where visibleIndicators(Where where, String indicator) {
        return visible(where, indicator + ".programme.published = true and not exists (select x.id from Project x where x.id = "
                + indicator + ".project.id and x.published = false)", indicator + ".programme");
    }

    /** The rows that are {@code published} (JPQL), plus all those of the caller's municipality (the programme's path). */
    private Where visible(Where where, String published, String programme) {
        if (caller != null && caller.role() == Role.SUPERADMIN) {
            return where;
        }
        if (caller == null) {
            return where.and(published);
        }
        return where.and("((" + published + ") or " + programme + ".municipality.teryt = :callerMunicipality)",
                "callerMunicipality", caller.municipality());
    }

    /**
     * {@link #visibleProjects} in SQL, over project alias p and programme alias pr. Of p it reads only
     * {@code published}, so it applies as well to a table that keeps the project's flag under that name (the cost
     * summary, V85); a programme's projects share its municipality, so for one programme it lets through all rows or
     * the published ones.
     */
    public SqlWhere visibleProjectsSql(SqlWhere where) {
        return visibleSql(where, "p.published and pr.published");
    }

    /** {@link #visibleIndicators} in SQL, over indicator alias i and programme alias pr. */
    public SqlWhere visibleIndicatorsSql(SqlWhere where) {
        return visibleSql(where, "pr.published and " + INDICATOR_PROJECT_PUBLISHED_SQL);
    }

    /** As {@link #visible}, in SQL over programme alias pr. */
    private SqlWhere visibleSql(SqlWhere where, String published) {
        if (caller != null && caller.role() == Role.SUPERADMIN) {
            return where;
        }
        if (caller == null || caller.municipality() == null) {
            return where.and(published);
        }
        return where.and("((" + published + ") or pr.municipality_teryt = ?)", caller.municipality());
    }

    private void recordActor(Caller c) {
        Object transaction = transactions.getTransactionKey();
        if (transaction != null && transaction.equals(actorRecordedIn)) {
            return;
        }
        // COMMIT: this statement must not flush pending changes (that would bump versions twice).
        entityManager.createNativeQuery("select set_config('odnowa.actor', ?1, true)").setParameter(1, c.name())
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        actorRecordedIn = transaction;
    }
}
