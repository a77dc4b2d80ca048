package pl.odnowa.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.odnowa.common.ApiException;
import pl.odnowa.config.OdnowaConfig;

/**
 * Username and password for a token. Failed attempts are kept in the database, so the throttle holds across
 * replicas: too many failures for one username, or from one client address, within the window get 429.
 */
@ApplicationScoped
public class LoginService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final EntityManager entityManager;
    private final OdnowaConfig.Auth config;

    LoginService(UserRepository users, PasswordHasher hasher, TokenService tokens, EntityManager entityManager, OdnowaConfig config) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.entityManager = entityManager;
        this.config = config.auth();
    }

    public record Login(TokenService.Token token, Caller caller) {
    }

    public Login login(String username, String password, String client) {
        throttle(username, client);
        AppUser user = users.findByUsername(username).orElse(null);
        boolean valid = hasher.matches(password, user == null ? null : user.passwordHash);
        if (!valid || !user.enabled) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("insert into login_failure (username, client) values (?1, ?2)")
                    .setParameter(1, username).setParameter(2, client).executeUpdate());
            throw ApiException.unauthorized("the username or password is wrong, or the user is disabled");
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from login_failure where lower(username) = lower(?1)").setParameter(1, username)
                .executeUpdate());
        Caller caller = user.asCaller();
        return new Login(tokens.issue(caller), caller);
    }

    private void throttle(String username, String client) {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minus(config.failureWindow());
        long byUser = count("lower(username) = lower(?1)", username, since);
        long byClient = count("client = ?1", client, since);
        if (byUser >= config.maxFailuresPerUser() || byClient >= config.maxFailuresPerClient()) {
            throw ApiException.tooManyRequests("too many failed sign-ins " + (byUser >= config.maxFailuresPerUser()
                    ? "for this username" : "from this address") + "; try again later", config.failureWindow().toSeconds());
        }
    }

    private long count(String condition, String value, OffsetDateTime since) {
        return ((Number) entityManager.createNativeQuery("select count(*) from login_failure where " + condition + " and failed_at > ?2")
                .setParameter(1, value).setParameter(2, since).getSingleResult()).longValue();
    }
}
