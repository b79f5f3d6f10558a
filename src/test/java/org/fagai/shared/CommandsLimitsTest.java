package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Min;
import java.util.List;
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

    @Test
    void aTextHoldingANulCharacterIsRefusedAtOnceNamingEachSuchText() {
        assertThatThrownBy(() -> Commands.violations(new Names("甲\u0000", null, "乙\u0000丙")))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("short_", "free"));
        assertThatThrownBy(() -> Commands.check(new Mixed("\u0000", 1)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::message)
                        .containsExactly("“text”不能包含空字符（NUL）"));
    }

    record Demand(String content, Integer count) {
    }

    record Package(String name, Demand main, List<Demand> demands) {
    }

    @Test
    void aNulInsideTheRecordsAndListsACommandHoldsIsNamedByItsPath() {
        Package clean = new Package("服务包", new Demand("用地", 1), List.of(new Demand("融资", 2)));
        assertThat(Commands.violations(clean)).isEmpty();
        assertThatThrownBy(() -> Commands.check(new Package("服务包", new Demand("用\u0000地", 1),
                List.of(new Demand("融资", 2), new Demand("用工\u0000", 3)))))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field)
                        .containsExactly("main.content", "demands[1].content"));
    }
}
