package ca.relais.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHash.hash("relais-demo".toCharArray(), 1_000);
        assertThat(PasswordHash.verify("relais-demo".toCharArray(), hash)).isTrue();
        assertThat(PasswordHash.verify("relais-demO".toCharArray(), hash)).isFalse();
        assertThat(PasswordHash.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void saltsEveryHashAndRecordsItsCost() {
        String a = PasswordHash.hash("same".toCharArray(), 1_000);
        String b = PasswordHash.hash("same".toCharArray(), 1_000);
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$");
        assertThat(PasswordHash.hash("x".toCharArray())).startsWith("pbkdf2-sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$");
    }

    @Test
    void rejectsMalformedHashesWithoutThrowing() {
        assertThat(PasswordHash.verify("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(PasswordHash.verify("x".toCharArray(), "md5$1$AAAA$AAAA")).isFalse();
    }

    @Test
    void theUnmatchableHashCostsAFullVerificationAndMatchesNothing() {
        String dummy = PasswordHash.unmatchable();
        assertThat(dummy).startsWith("pbkdf2-sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$");
        assertThat(PasswordHash.unmatchable()).isNotEqualTo(dummy);
        assertThat(PasswordHash.verify("dummy".toCharArray(), dummy)).isFalse();
        assertThat(PasswordHash.verify("".toCharArray(), dummy)).isFalse();
    }
}
