package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

/** The length-only shortcut finds exactly what Bean Validation finds, and leaves every other constraint to it. */
class CommandsLimitsTest {

    record Names(@MaxLength(3) String short_, @MaxLength(5) String longer, String free) {
    }

    record Mixed(@MaxLength(5) String text, @Min(1) Integer count) {
    }

    @Test
    void textsWithinTheirLimitsHaveNoViolationAndTextsOverThemOneEach() {
        assertThat(Commands.violations(new Names("项目甲", null, "x".repeat(10_000)))).isEmpty();
        assertThat(Commands.violations(new Names("项目甲乙", "123456", null))).extracting(FieldErrors.FieldError::field)
                .containsExactly("longer", "short_");
    }

    @Test
    void aRecordWithAnyOtherConstraintIsStillFullyValidated() {
        assertThat(Commands.violations(new Mixed("abc", 0))).extracting(FieldErrors.FieldError::field).containsExactly("count");
        assertThat(Commands.violations(new Mixed("abc", 1))).isEmpty();
    }
}
