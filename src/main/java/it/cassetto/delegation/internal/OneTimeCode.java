package it.cassetto.delegation.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The one-time code (OTP) that the entity receives by PEC and gives to its intermediary to activate a
 * delegation: ten characters from an alphabet without look-alikes (about 50 bits), valid for
 * {@link #VALIDITY}, single use, at most {@link #MAX_FAILED_TRIES} wrong tries. Only a salted PBKDF2 hash is
 * stored: {@code pbkdf2-sha256$iterations$salt$hash}.
 */
public final class OneTimeCode {

    /** How long a code may be used after it was sent. */
    public static final Duration VALIDITY = Duration.ofDays(15);
    /** Wrong tries after which the request is locked. */
    public static final int MAX_FAILED_TRIES = 5;
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;
    private static final int ITERATIONS = 60_000;

    /** What checking a typed code gives. */
    public enum Check {
        /** Right code, in time, not used: the delegation may be activated. */
        ACCEPTED,
        /** Wrong code; more tries are left. */
        WRONG,
        /** Wrong code and it was the last try: the request is now locked. */
        WRONG_AND_LOCKED,
        /** The request was already locked by earlier wrong tries. */
        LOCKED,
        /** The code's time is over. */
        EXPIRED,
        /** The code was already used. */
        USED
    }

    /** The state of a code as stored with its delegation request. */
    public record State(String hash, Instant expiresAt, int failedTries, Instant usedAt) {

        public int triesLeft() {
            return Math.max(0, MAX_FAILED_TRIES - failedTries);
        }
    }

    private OneTimeCode() {
    }

    /** A new random code, e.g. {@code K7QMX3PZ2W}. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as shown to people: two groups of five, {@code K7QMX-3PZ2W}. */
    public static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** What a person typed, reduced to the code's characters: case, spaces and dashes do not matter. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** The stored form of a code, with a fresh salt. */
    public static String hash(String code, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(pbkdf2(code, salt, ITERATIONS));
    }

    /** Whether {@code typed} is the code whose stored form is {@code stored} (constant-time comparison). */
    public static boolean matches(String typed, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !"pbkdf2-sha256".equals(parts[0])) {
            throw new IllegalArgumentException("unknown code hash format");
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = pbkdf2(normalize(typed), salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /** Checks a typed code against the stored state at {@code now}; the caller stores what follows. */
    public static Check check(String typed, State state, Instant now) {
        if (state.usedAt() != null) {
            return Check.USED;
        }
        if (state.failedTries() >= MAX_FAILED_TRIES) {
            return Check.LOCKED;
        }
        if (!now.isBefore(state.expiresAt())) {
            return Check.EXPIRED;
        }
        if (matches(typed, state.hash())) {
            return Check.ACCEPTED;
        }
        return state.failedTries() + 1 >= MAX_FAILED_TRIES ? Check.WRONG_AND_LOCKED : Check.WRONG;
    }

    private static byte[] pbkdf2(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(new String(code.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8).toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }
}
