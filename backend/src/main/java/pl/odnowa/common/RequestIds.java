package pl.odnowa.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, else a new UUID. The id is echoed in
 * the answer's {@code X-Request-Id} and put in the logging MDC as {@code requestId}, so every log line written while
 * the request runs (JSON logs: the {@code mdc} field) can be matched with the answer a caller reports.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** A caller's id is kept when short and plain; anything else (log injection, huge values) is replaced. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Runs before the other HTTP filters (CORS, security headers), so even their answers carry the id. */
    private static final int PRIORITY = 1_000_000;

    void register(@Observes Filters filters) {
        filters.register(RequestIds::tag, PRIORITY);
    }

    static void tag(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        // Quarkus keeps the MDC in the request's Vert.x context, so it follows the request onto worker threads.
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The caller's id when it is 1–64 characters of letters, digits, dot, underscore or dash; else a new UUID. */
    static String idFor(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
