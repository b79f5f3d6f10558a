package org.fagai.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAndMaskingTest {

    @Test
    void csvStartsWithAByteOrderMarkAndEscapesFormulasQuotesAndCommas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<?>> rows = List.of(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "甲,乙", "说\"明\"",
                new BigDecimal("1.50"), null));
        Csv.write(out, List.of("A", "B", "C", "D", "E", "F", "G", "H"), rows);
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("A,B,C,D,E,F,G,H\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),\"甲,乙\",\"说\"\"明\"\"\",1.50,\r\n");
    }

    @Test
    void anIdentityNumberKeepsOnlyItsFirstSixAndLastFourCharacters() {
        assertThat(IdentityNumbers.mask("110101199003071233")).isEqualTo("110101********1233");
        assertThat(IdentityNumbers.mask("33990219850315123X")).isEqualTo("339902********123X");
        assertThat(IdentityNumbers.mask("12345")).isEqualTo("*****");
    }

    @Test
    void anIdentityNumberMustCarryItsCheckDigit() {
        assertThat(IdentityNumbers.isValid("339902198503151234")).isTrue();
        assertThat(IdentityNumbers.isValid("339902198503151235")).isFalse();
        assertThat(IdentityNumbers.isValid("33990219850315123")).isFalse();
    }
}
