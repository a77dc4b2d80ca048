package pl.odnowa.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.municipality.MunicipalityRepository;

/** Users of a municipality are managed by its admins; superadmins manage everyone. */
@ApplicationScoped
public class UserService {

    static final Map<String, String> SORTS = Map.of("username", "username", "role", "role", "createdAt", "createdAt");

    private final UserRepository repository;
    private final MunicipalityRepository municipalities;
    private final PasswordHasher hasher;
    private final Access access;

    UserService(UserRepository repository, MunicipalityRepository municipalities, PasswordHasher hasher, Access access) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.hasher = hasher;
        this.access = access;
    }

    public PageResponse<UserResponse> list(String municipality, String sort, PageRequest page) {
        Caller caller = access.requireCaller();
        String teryt = QueryParams.textParam("municipality", municipality, 7);
        if (caller.role() != Role.SUPERADMIN) {
            teryt = caller.municipality();
            access.require(Role.ADMIN, teryt);
        }
        Where where = new Where().and("municipality = :municipality", "municipality", teryt);
        var query = repository.find(where.jpql(), Sorting.parse(sort, SORTS, "username"), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), UserResponse::from);
    }

    public AppUser get(long id) {
        AppUser user = VersionedEntity.findOr404(repository, id, "user");
        Caller caller = access.requireCaller();
        if (!caller.name().equalsIgnoreCase(user.username)) {
            access.requireManager(user.municipality, user.role);
        }
        return user;
    }

    @Transactional
    public AppUser create(UserRequest request) {
        if (request.password() == null) {
            throw ApiException.badRequest("password", "is required for a new user");
        }
        check(request);
        AppUser user = new AppUser();
        apply(user, request);
        repository.persistAndFlush(user);
        return user;
    }

    @Transactional
    public AppUser replace(long id, String ifMatch, UserRequest request) {
        check(request);
        AppUser user = VersionedEntity.lockForWrite(repository, id, ifMatch, "user");
        Caller caller = access.requireManager(user.municipality, user.role);
        // why: an admin who disables or demotes themselves locks the municipality out of managing its own people
        if (caller.name().equalsIgnoreCase(user.username) && (Boolean.FALSE.equals(request.enabled())
                || request.role() != user.role || !Objects.equals(request.municipality(), user.municipality))) {
            throw ApiException.conflict("you cannot disable your own user or change your own role or municipality");
        }
        apply(user, request);
        repository.flush();
        return user;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        AppUser user = VersionedEntity.lockForWrite(repository, id, ifMatch, "user");
        Caller caller = access.requireManager(user.municipality, user.role);
        if (caller.name().equalsIgnoreCase(user.username)) {
            throw ApiException.conflict("you cannot delete your own user");
        }
        repository.delete(user);
    }

    /** 400s for the request's own rules, then 403 unless the caller may manage a user of this scope. */
    private void check(UserRequest request) {
        if ((request.role() == Role.SUPERADMIN) != (request.municipality() == null)) {
            throw ApiException.badRequest("municipality", request.role() == Role.SUPERADMIN
                    ? "must be empty for a superadmin" : "is required for role " + request.role());
        }
        if (request.password() != null && request.password().getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ApiException.badRequest("password", "must be at most 72 bytes in UTF-8");
        }
        if (request.municipality() != null && municipalities.findByIdOptional(request.municipality()).isEmpty()) {
            throw ApiException.unknownReference("municipality", "municipality", request.municipality());
        }
        access.requireManager(request.municipality(), request.role());
    }

    private void apply(AppUser user, UserRequest request) {
        user.username = request.username();
        user.municipality = request.municipality();
        user.role = request.role();
        user.enabled = request.enabled() == null || request.enabled();
        if (request.password() != null) {
            user.passwordHash = hasher.hash(request.password());
        }
    }
}
