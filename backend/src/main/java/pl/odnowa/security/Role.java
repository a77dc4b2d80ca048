package pl.odnowa.security;

/**
 * What a caller may do in its municipality; each role includes the ones before it. SUPERADMIN is the platform's
 * operator and belongs to no municipality.
 */
public enum Role {
    /** Reads, including unpublished drafts, audit history and the change feed of its municipality. */
    VIEWER,
    /** Also writes its municipality's programmes, areas, projects, indicators, recommendations and evaluations. */
    EDITOR,
    /** Also manages its municipality's users and API keys and reads its audit log. */
    ADMIN,
    /** Everything, in every municipality. */
    SUPERADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
