package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yangguang.common.Violations;

class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules(
            new SecurityPolicy(new SecurityPolicy.Lockout(5, Duration.ofMinutes(15)), new SecurityPolicy.Password(8, 3)));

    @ParameterizedTest
    @ValueSource(strings = {"Sunshine#2026", "abcDEF12", "abc#ef12", "ABC#EF12", "Ab1#Ab1#"})
    void passwordsWithEightCharactersOfThreeClassesPass(String password) {
        assertThat(violationsOf(password).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ab#1234", "abcdefgh", "abcdefg1", "ABCDEFG#", "12345678", ""})
    void shorterOrSimplerPasswordsFail(String password) {
        assertThat(violationsOf(password).isEmpty()).isFalse();
    }

    @Test
    void countsTheFourClasses() {
        assertThat(PasswordRules.characterClasses("aA1#")).isEqualTo(4);
        assertThat(PasswordRules.characterClasses("密码密码Aa")).isEqualTo(3);
    }

    private Violations violationsOf(String password) {
        Violations violations = new Violations();
        rules.check("password", password, violations);
        return violations;
    }
}
