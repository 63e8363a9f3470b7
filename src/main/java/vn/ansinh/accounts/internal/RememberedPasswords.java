package vn.ansinh.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt is slow on purpose (about a tenth of a second of a core), and HTTP Basic sends the password with every
 * API call: a client calling many times a second would keep the cores busy checking it. A password found right
 * is remembered for a few minutes, at most for so many accounts, as a keyed hash (a key made at start, never
 * stored) of the stored hash and the password — so a changed password, whose stored hash is new, is never
 * matched by what was remembered, and a disabled account is refused anyway (it is read on every call). A wrong
 * password is never remembered: every guess costs BCrypt's time. Hashes of new passwords are BCrypt's as before.
 */
class RememberedPasswords implements PasswordEncoder {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MOST = 1000;

    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MOST;
        }
    };

    RememberedPasswords(PasswordEncoder encoder, Clock clock) {
        this.encoder = encoder;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence raw) {
        return encoder.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String stored) {
        if (raw == null || stored == null) {
            return encoder.matches(raw, stored);
        }
        String remembered = fingerprint(raw, stored);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(remembered);
            if (until != null && now.isBefore(until)) {
                return true;
            }
            verified.remove(remembered);
        }
        boolean right = encoder.matches(raw, stored);
        if (right) {
            synchronized (verified) {
                verified.put(remembered, now.plus(KEPT));
            }
        }
        return right;
    }

    @Override
    public boolean upgradeEncoding(String stored) {
        return encoder.upgradeEncoding(stored);
    }

    private String fingerprint(CharSequence raw, String stored) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(stored.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
