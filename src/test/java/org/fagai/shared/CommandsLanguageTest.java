package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A command's broken constraint names its field in the reader's language, Chinese outside a request. */
class CommandsLanguageTest {

    record Note(@MaxLength(3) String text) {
    }

    @AfterEach
    void forget() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTooLongFieldReadsInChineseOutsideARequestAndInEnglishForAnEnglishReader() {
        assertThat(Commands.violations(new Note("四个汉字"))).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("“text”长度不能超过3个字符"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Commands.violations(new Note("four"))).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("“text” must be at most 3 characters long"));
    }

    @Test
    void aYearOutOfRangeReadsInTheReadersLanguage() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Years.check("year", -1)))
                .hasMessage("年份应在2000-2100之间，实际为-1");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Years.check("year", -1)))
                .hasMessage("The year must be within 2000-2100; it is -1");
    }
}
