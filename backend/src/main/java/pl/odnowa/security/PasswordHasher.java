package pl.odnowa.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import pl.odnowa.config.OdnowaConfig;

/** Slow, salted password hashes (bcrypt, Spring Security's maintained implementation). */
@ApplicationScoped
public class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    /** Compared against when the username is unknown, so both cases take the same time. */
    private final String decoy;

    PasswordHasher(OdnowaConfig config) {
        encoder = new BCryptPasswordEncoder(config.auth().bcryptCost());
        decoy = encoder.encode("decoy password that matches nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** Whether the password matches the hash; with a null hash, spends the same time and answers false. */
    public boolean matches(String password, String hash) {
        boolean matched = encoder.matches(password, hash == null ? decoy : hash);
        return hash != null && matched;
    }
}
