package org.fagai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** Publicly displayed codes of well-known companies (business licences, annual reports). */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "91350100M000100Y43, commonly cited example",
            "914403001922038216, 华为技术有限公司",
            "9144030071526726XG, 腾讯科技（深圳）有限公司",
            "91330100716105852F, 阿里巴巴（中国）有限公司",
            "91520000214434146R, 贵州茅台酒股份有限公司",
            "91440300192317458F, 比亚迪股份有限公司",
            "91110108551385082Q, 小米科技有限责任公司",
            "91110000802100433B, 百度在线网络技术（北京）有限公司"
    })
    void acceptsTheRealCodesOfWellKnownCompanies(String code, String owner) {
        CreditCode.Check check = CreditCode.check(code);

        assertThat(check.valid()).as(owner).isTrue();
        assertThat(check.reason()).isNull();
        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void trimsAndUpperCasesTheInput() {
        assertThat(CreditCode.of("  9144030071526726xg \t").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.check(" 91350100m000100y43 ").code()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void splitsTheCodeIntoItsParts() {
        CreditCode code = CreditCode.of("91350100M000100Y43");

        assertThat(code.registrationAuthority()).isEqualTo("9");
        assertThat(code.entityType()).isEqualTo("91");
        assertThat(code.entityTypeName()).isEqualTo("企业");
        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
        assertThat(code).hasToString("91350100M000100Y43");
    }

    @ParameterizedTest
    @CsvSource({
            "11, 机关", "12, 事业单位", "13, 中央编办直接管理机构编制的群众团体", "19, 其他",
            "51, 社会团体", "52, 民办非企业单位", "53, 基金会", "59, 其他",
            "91, 企业", "92, 个体工商户", "93, 农民专业合作社"
    })
    void namesEachEntityTypeOfTheStandard(String type, String name) {
        assertThat(CreditCode.entityTypeName(type)).isEqualTo(name);
    }

    @Test
    void hasNoNameForAnUnknownEntityType() {
        assertThat(CreditCode.entityTypeName("99")).isNull();
        assertThat(CreditCode.entityTypeName(null)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void rejectsAnEmptyInput(String raw) {
        assertThat(CreditCode.check(raw).valid()).isFalse();
        assertThat(CreditCode.check(raw).reason()).isEqualTo("统一社会信用代码不能为空");
    }

    @ParameterizedTest
    @ValueSource(strings = {"９1350100M000100Y43", "91350100Ｍ000100Y43", "91350100m000100ｙ43", "91350100M000100Y43\u3000"})
    void rejectsFullWidthCharactersWithAClearMessage(String raw) {
        CreditCode.Check check = CreditCode.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).contains("包含全角字符").endsWith("请使用半角字符输入");
    }

    @Test
    void namesTheFullWidthCharacterAndItsPosition() {
        assertThat(CreditCode.check("91350100Ｍ000100Y43").reason())
                .isEqualTo("包含全角字符'Ｍ'（第9位），请使用半角字符输入");
    }

    @Test
    void rejectsAWrongLengthWithTheActualLength() {
        assertThat(CreditCode.check("91350100M000100Y4").reason()).isEqualTo("长度应为18位，实际为17位");
        assertThat(CreditCode.check("91350100M000100Y433").reason()).isEqualTo("长度应为18位，实际为19位");
    }

    @Test
    void rejectsACharacterOutsideTheAlphabetNamingItsPosition() {
        assertThat(CreditCode.check("9135#100M000100Y43").reason()).isEqualTo("第5位字符'#'不合法");
        assertThat(CreditCode.check("91350100M000 00Y43").reason()).isEqualTo("第13位字符' '不合法");
    }

    @ParameterizedTest
    @CsvSource({
            "I1350100M000100Y43, 1, I",
            "91350100M00O100Y43, 12, O",
            "91350100M000100S43, 16, S",
            "91350100M000100Y4V, 18, V",
            "9Z350100M000100Y43, 2, Z"
    })
    void rejectsTheLettersTheStandardLeavesOutAnywhere(String raw, int position, String letter) {
        assertThat(CreditCode.check(raw).reason())
                .isEqualTo("第" + position + "位字符'" + letter + "'不合法（统一社会信用代码不使用字母I、O、S、V、Z）");
    }

    @Test
    void rejectsLettersInTheRegionSegment() {
        assertThat(CreditCode.check("9135A100M000100Y43").reason()).isEqualTo("第3-8位登记管理机关行政区划码应为6位数字");
    }

    @Test
    void rejectsAWrongOrganisationCheckDigitWithTheExpectedOne() {
        assertThat(CreditCode.check("91350100M000100Y53").reason()).isEqualTo("第17位组织机构代码校验码应为4");
        assertThat(CreditCode.check("91440300715267260G").reason()).isEqualTo("第17位组织机构代码校验码应为X");
    }

    @Test
    void rejectsAWrongFinalCheckDigitWithTheExpectedOne() {
        assertThat(CreditCode.check("91350100M000100Y44").reason()).isEqualTo("第18位校验码应为3");
        assertThat(CreditCode.check("9144030071526726XH").reason()).isEqualTo("第18位校验码应为G");
    }

    @Test
    void checksTheOrganisationCodeBeforeTheFinalCheckDigit() {
        // both check digits wrong: the organisation code's is reported first
        assertThat(CreditCode.check("91350100M000100Y54").reason()).startsWith("第17位");
    }

    @Test
    void detectsEverySingleCharacterSubstitution() {
        String valid = "91110108551385082Q";
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int substitutions = 0;
        for (int i = 0; i < valid.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String mutated = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(CreditCode.check(mutated).valid()).as(mutated).isFalse();
                substitutions++;
            }
        }
        assertThat(substitutions).isEqualTo(18 * 30);
    }

    @Test
    void mapsARemainderOfElevenToZeroInTheOrganisationCheckDigit() {
        // constructed code whose organisation code sum is divisible by 11
        assertThat(CreditCode.check("91330100123400020P").valid()).isTrue();
        assertThat(CreditCode.check("91330100123400021P").reason()).isEqualTo("第17位组织机构代码校验码应为0");
    }

    @Test
    void mapsThirtyOneToZeroInTheFinalCheckDigit() {
        // constructed code whose weighted sum is divisible by 31
        assertThat(CreditCode.check("913301001234000710").valid()).isTrue();
        assertThat(CreditCode.check("913301001234000711").reason()).isEqualTo("第18位校验码应为0");
    }

    @Test
    void completesSixteenCharactersWithBothCheckDigits() {
        assertThat(CreditCode.withCheckDigits("9111010855138508").value()).isEqualTo("91110108551385082Q");
        assertThat(CreditCode.withCheckDigits("9144030071526726").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void refusesToCompleteSomethingThatIsNotSixteenCharacters() {
        assertThatThrownBy(() -> CreditCode.withCheckDigits("911101085513850"))
                .isInstanceOf(InvalidCodeException.class)
                .hasMessage("应提供前16位，实际为15位");
    }

    @Test
    void ofThrowsTheReasonAsAnInvalidCodeException() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
                .isInstanceOf(InvalidCodeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("第18位校验码应为3")
                .extracting(e -> ((InvalidCodeException) e).reason())
                .isEqualTo("第18位校验码应为3");
    }

    @Test
    void theConstructorValidatesToo() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44")).isInstanceOf(InvalidCodeException.class);
        assertThat(new CreditCode("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
    }
}
