package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTextTest {

    @Test
    void aSentenceComesBackWithItsKeyAndArgumentsEvenWhenAnArgumentHoldsTheSeparatorOrTheEscape() {
        String stored = StoredText.of("supervision.reason.milestoneLate", "完成|可研\\批复", java.time.LocalDate.of(2024, 10, 15));
        assertThat(stored).isEqualTo("§supervision.reason.milestoneLate|完成\\|可研\\\\批复|2024-10-15");
        assertThat(StoredText.parse(stored))
                .isEqualTo(new StoredText("supervision.reason.milestoneLate", List.of("完成|可研\\批复", "2024-10-15")));
        assertThat(StoredText.parse(StoredText.of("supervision.reason.escalated")).args()).isEmpty();
    }

    @Test
    void aLabelArgumentIsAKeyAndATextThatBeginsLikeOneIsStillAText() {
        String stored = StoredText.of("policy.audit.step", StoredText.label("policy.state.APPLIED"), "#3", 12);
        assertThat(stored).isEqualTo("§policy.audit.step|#policy.state.APPLIED|\\#3|12");
        assertThat(StoredText.parse(stored).args())
                .containsExactly(new StoredText.Label("policy.state.APPLIED"), "#3", "12");
    }

    @Test
    void textThatIsNoStoredSentenceIsNotTakenForOne() {
        assertThat(StoredText.parse("已超过期限 2024-10-10")).isNull();
        assertThat(StoredText.parse(null)).isNull();
        assertThat(StoredText.parse("§")).isNull();
        assertThat(StoredText.parse("§|x")).isNull();
    }

    @Test
    void aKeyMustBeAKey() {
        assertThatThrownBy(() -> StoredText.of("a|b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoredText.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
