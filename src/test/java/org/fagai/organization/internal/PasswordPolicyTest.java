package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fagai.shared.web.StoredTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Fagai#2023", "abcDEF12", "abcdef1!", "ABCDEF1!", "发改委abcD1"})
    void acceptsEightCharactersWithThreeKinds(String password) {
        assertThat(PasswordPolicy.problem(password)).isEmpty();
    }

    @Test
    void refusesShortPasswordsNamingTheMinimum() {
        assertThat(PasswordPolicy.problem("Ab1!").map(StoredTexts::chinese)).contains("密码至少需要8位");
        assertThat(PasswordPolicy.problem("Ab1!").map(StoredTexts::english)).contains("A password needs at least 8 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "abcdefg1", "ABCDEFG!", "12345678"})
    void refusesPasswordsWithFewerThanThreeKinds(String password) {
        assertThat(PasswordPolicy.problem(password).map(StoredTexts::chinese)).contains("密码需包含大写字母、小写字母、数字、符号中的至少三类");
    }
}
