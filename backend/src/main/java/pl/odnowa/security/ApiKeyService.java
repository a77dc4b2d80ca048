package pl.odnowa.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.config.OdnowaConfig;
import pl.odnowa.municipality.MunicipalityRepository;

/**
 * API keys: {@code odn_<8 characters>_<32 characters>}, 190 random bits. Being random and long, a key needs no slow
 * hash: its SHA-256 is stored, looked up by the public prefix and compared in constant time.
 */
@ApplicationScoped
public class ApiKeyService {

    public static final String HEADER = "X-API-Key";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Map<String, String> SORTS = Map.of("name", "name", "createdAt", "createdAt", "expiresAt", "expiresAt");

    private final ApiKeyRepository repository;
    private final MunicipalityRepository municipalities;
    private final Access access;
    private final EntityManager entityManager;
    private final OdnowaConfig.Auth config;

    ApiKeyService(ApiKeyRepository repository, MunicipalityRepository municipalities, Access access,
            EntityManager entityManager, OdnowaConfig config) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.access = access;
        this.entityManager = entityManager;
        this.config = config.auth();
    }

    static boolean looksLikeKey(String credential) {
        return credential.startsWith("odn_");
    }

    /** The caller a key stands for; 401 when it is unknown, revoked or expired. Notes when it was last used. */
    public Caller authenticate(String key) {
        String[] parts = key.split("_");
        if (parts.length != 3 || !looksLikeKey(key)) {
            throw ApiException.unauthorized("the API key is malformed");
        }
        ApiKey found = repository.find("prefix", parts[0] + "_" + parts[1]).firstResult();
        if (found == null || !MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
                found.keyHash.getBytes(StandardCharsets.US_ASCII))) {
            throw ApiException.unauthorized("the API key is not known");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (found.revokedAt != null || !found.expiresAt.isAfter(now)) {
            throw ApiException.unauthorized("the API key was " + (found.revokedAt != null ? "revoked" : "valid until " + found.expiresAt));
        }
        if (found.lastUsedAt == null || found.lastUsedAt.isBefore(now.minusMinutes(1))) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update api_key set last_used_at = now() where id = ?1").setParameter(1, found.id)
                    .executeUpdate());
        }
        return new Caller("key:" + found.prefix, found.role, found.municipality);
    }

    public PageResponse<ApiKeyResponse> list(String municipality, String sort, PageRequest page) {
        Caller caller = access.requireCaller();
        String teryt = QueryParams.textParam("municipality", municipality, 7);
        if (caller.role() != Role.SUPERADMIN) {
            teryt = caller.municipality();
            access.require(Role.ADMIN, teryt);
        }
        Where where = new Where().and("municipality = :municipality", "municipality", teryt);
        var query = repository.find(where.jpql(), Sorting.parse(sort, SORTS, "name"), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), k -> ApiKeyResponse.from(k, null));
    }

    public ApiKey get(long id) {
        ApiKey key = VersionedEntity.findOr404(repository, id, "API key");
        access.requireManager(key.municipality, key.role);
        return key;
    }

    /** Issues a key; the answer is the only place the key itself ever appears. */
    @Transactional
    public ApiKeyResponse create(ApiKeyRequest request) {
        if ((request.role() == Role.SUPERADMIN) != (request.municipality() == null)) {
            throw ApiException.badRequest("municipality", request.role() == Role.SUPERADMIN
                    ? "must be empty for a superadmin key" : "is required for role " + request.role());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime latest = now.plus(config.apiKeyMaxTtl());
        OffsetDateTime expires = request.expiresAt() == null ? latest : request.expiresAt();
        if (!expires.isAfter(now) || expires.isAfter(latest)) {
            throw ApiException.badRequest("expiresAt", "must be in the future and at most " + config.apiKeyMaxTtl().toDays() + " days from now");
        }
        if (request.municipality() != null && municipalities.findByIdOptional(request.municipality()).isEmpty()) {
            throw ApiException.unknownReference("municipality", "municipality", request.municipality());
        }
        Caller caller = access.requireManager(request.municipality(), request.role());
        String prefix = "odn_" + random(8);
        String key = prefix + "_" + random(32);
        ApiKey k = new ApiKey();
        k.name = request.name();
        k.prefix = prefix;
        k.keyHash = hash(key);
        k.municipality = request.municipality();
        k.role = request.role();
        k.createdBy = caller.name();
        k.expiresAt = expires;
        repository.persistAndFlush(k);
        return ApiKeyResponse.from(k, key);
    }

    /** Revokes the key at once; it stays listed, with revokedAt, for the audit trail. */
    @Transactional
    public ApiKey revoke(long id, String ifMatch) {
        ApiKey k = VersionedEntity.lockForWrite(repository, id, ifMatch, "API key");
        access.requireManager(k.municipality, k.role);
        if (k.revokedAt == null) {
            k.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        repository.flush();
        return k;
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
