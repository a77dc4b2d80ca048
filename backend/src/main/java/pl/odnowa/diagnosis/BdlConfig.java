package pl.odnowa.diagnosis;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The GUS BDL client's settings under {@code odnowa.bdl.*} (ODNOWA_BDL_BASE_URL, ODNOWA_BDL_CLIENT_ID, ODNOWA_BDL_TIMEOUT).
 * A mapping, so that Quarkus knows the names (a test profile may override them).
 */
@ConfigMapping(prefix = "odnowa.bdl")
public interface BdlConfig {

    @WithDefault("https://bdl.stat.gov.pl/api/v1")
    String baseUrl();

    /** BDL's optional key, sent as X-ClientId. */
    Optional<String> clientId();

    /** Connect and answer timeout of each request to BDL. */
    @WithDefault("PT15S")
    Duration timeout();
}
