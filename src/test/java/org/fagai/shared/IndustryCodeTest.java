package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {

    @ParameterizedTest
    @CsvSource({"A, SECTION", "T, SECTION", "01, DIVISION", "97, DIVISION", "011, GROUP", "0111, CLASS", "4411, CLASS"})
    void tellsTheLevelFromTheShape(String code, IndustryLevel level) {
        assertThat(IndustryCode.of(code).level()).isEqualTo(level);
    }

    @Test
    void aDivisionGroupOrClassKnowsItsDivision() {
        assertThat(IndustryCode.of("44").division()).contains("44");
        assertThat(IndustryCode.of("441").division()).contains("44");
        assertThat(IndustryCode.of("4411").division()).contains("44");
    }

    @Test
    void aSectionHasNoDivision() {
        assertThat(IndustryCode.of("D").division()).isEmpty();
    }

    @Test
    void trimsAndUpperCasesASectionLetter() {
        assertThat(IndustryCode.of(" c ").value()).isEqualTo("C");
        assertThat(IndustryCode.of("0111")).hasToString("0111");
    }

    @Test
    void rejectsASectionLetterAfterT() {
        assertThatThrownBy(() -> IndustryCode.of("U"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("行业门类应为A-T之间的字母，实际为'U'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "01111", "A1", "4a", "C13"})
    void rejectsAnythingButALetterOrTwoToFourDigits(String raw) {
        assertThatThrownBy(() -> IndustryCode.of(raw))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessageStartingWith("行业代码应为门类字母（A-T）或2-4位数字");
    }

    @Test
    void rejectsAnEmptyOrFullWidthCode() {
        assertThatThrownBy(() -> IndustryCode.of("")).hasMessage("行业代码不能为空");
        assertThatThrownBy(() -> IndustryCode.of("４４")).hasMessageContaining("包含全角字符");
    }
}
