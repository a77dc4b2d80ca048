package pl.odnowa.security;

/**
 * The authenticated principal of a request: a user (own token or the city's identity provider) or an API key.
 *
 * @param name         username, or "key:<prefix>" for an API key; recorded as the actor in the audit log
 * @param role         the caller's role
 * @param municipality TERYT code of the caller's municipality; null for a superadmin
 */
public record Caller(String name, Role role, String municipality) {

    /** Whether the caller has at least {@code needed} in municipality {@code teryt}. */
    public boolean can(Role needed, String teryt) {
        return role == Role.SUPERADMIN || (role.includes(needed) && municipality != null && municipality.equals(teryt));
    }
}
