package pl.odnowa.common;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Deep links of the single-page app (e.g. /programmes/2) are served index.html; the SPA routes them. */
@ApplicationScoped
public class SpaRouting {

    private static final List<String> BACKEND_PREFIXES = List.of("/api/", "/q/", "/assets/");
    private static final Pattern FILE_NAME = Pattern.compile(".+\\.[a-zA-Z0-9]+$");

    void init(@Observes Router router) {
        router.get("/*").handler(context -> {
            String path = context.normalizedPath();
            if (!path.equals("/") && BACKEND_PREFIXES.stream().noneMatch(path::startsWith)
                    && !path.equals("/api") && !path.equals("/q") && !FILE_NAME.matcher(path).matches()) {
                context.reroute("/");
            } else {
                context.next();
            }
        });
    }
}
