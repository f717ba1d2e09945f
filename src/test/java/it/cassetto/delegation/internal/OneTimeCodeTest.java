package it.cassetto.delegation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.cassetto.delegation.internal.OneTimeCode.Check;
import it.cassetto.delegation.internal.OneTimeCode.State;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");
    private final String code = OneTimeCode.generate(RANDOM);
    private final String hash = OneTimeCode.hash(code, RANDOM);
    private final State fresh = new State(hash, SENT.plus(OneTimeCode.VALIDITY), 0, null);

    @Test
    void aCodeHasTenCharactersWithoutLookAlikes_andCodesDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String c = OneTimeCode.generate(RANDOM);
            assertThat(c).hasSize(10).matches("[A-HJ-NP-Z2-9]{10}");
            codes.add(c);
        }
        assertThat(codes).hasSize(200);
    }

    @Test
    void theCodeIsStoredOnlyAsASaltedHash() {
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain(code);
        assertThat(OneTimeCode.hash(code, RANDOM)).as("a fresh salt each time").isNotEqualTo(hash);
        assertThat(OneTimeCode.matches(code, hash)).isTrue();
    }

    @Test
    void theRightCode_isAccepted_whateverTheCaseSpacesOrDash() {
        String typed = " " + OneTimeCode.display(code).toLowerCase() + " ";
        assertThat(OneTimeCode.check(typed, fresh, SENT.plusSeconds(60))).isEqualTo(Check.ACCEPTED);
    }

    @Test
    void aWrongCode_isWrong_andTheFifthWrongOneLocks() {
        String wrong = code.equals("AAAAAAAAAA") ? "BBBBBBBBBB" : "AAAAAAAAAA";
        assertThat(OneTimeCode.check(wrong, fresh, SENT)).isEqualTo(Check.WRONG);
        State fourFailed = new State(hash, fresh.expiresAt(), 4, null);
        assertThat(fourFailed.triesLeft()).isEqualTo(1);
        assertThat(OneTimeCode.check(wrong, fourFailed, SENT)).isEqualTo(Check.WRONG_AND_LOCKED);
    }

    @Test
    void afterFiveWrongTries_evenTheRightCodeIsRefused() {
        State locked = new State(hash, fresh.expiresAt(), 5, null);
        assertThat(OneTimeCode.check(code, locked, SENT)).isEqualTo(Check.LOCKED);
    }

    @Test
    void anExpiredCode_isRefused_evenIfRight() {
        assertThat(OneTimeCode.check(code, fresh, fresh.expiresAt())).isEqualTo(Check.EXPIRED);
        assertThat(OneTimeCode.check(code, fresh, fresh.expiresAt().minusSeconds(1))).isEqualTo(Check.ACCEPTED);
    }

    @Test
    void aUsedCode_cannotBeUsedAgain() {
        State used = new State(hash, fresh.expiresAt(), 0, SENT.plusSeconds(30));
        assertThat(OneTimeCode.check(code, used, SENT.plusSeconds(60))).isEqualTo(Check.USED);
    }
}
