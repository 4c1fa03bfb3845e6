package org.faultdesk.support.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void aNameKeepsItsFirstCharacterOnly() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("王小明")).isEqualTo("王**");
        assertThat(Masking.name(" Li Wei ")).isEqualTo("L**");
        assertThat(Masking.name("𠀀山")).as("a character outside the BMP is kept whole").isEqualTo("𠀀**");
        assertThat(Masking.name("  ")).isEmpty();
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void aMobileOrLandlineWithAreaCodeKeepsThreeAndFourDigits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("138-1234-5678")).isEqualTo("138****5678");
        assertThat(Masking.phone("+8613812345678")).isEqualTo("+86****5678");
        assertThat(Masking.phone("020 8888 1234")).isEqualTo("020****1234");
    }

    @Test
    void aShortNumberKeepsItsLastTwoDigitsAtMost() {
        assertThat(Masking.phone("88881234")).isEqualTo("****34");
        assertThat(Masking.phone("10010")).isEqualTo("****10");
        assertThat(Masking.phone("110")).isEqualTo("****");
        assertThat(Masking.phone("")).isEqualTo("****");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void theMaskNeverTellsHowManyDigitsItHides() {
        assertThat(Masking.phone("13812345678")).hasSameSizeAs(Masking.phone("008613812345678"));
    }

    @Test
    void anEmailKeepsItsFirstLetterAndItsDomain() {
        assertThat(Masking.email("wang.xiaoming@example.com")).isEqualTo("w****@example.com");
        assertThat(Masking.email("a@b.cn")).isEqualTo("a****@b.cn");
        assertThat(Masking.email("not-an-address")).isEqualTo("****");
        assertThat(Masking.email("@example.com")).isEqualTo("****");
        assertThat(Masking.email(null)).isNull();
    }

    @Test
    void anAddressKeepsItsFirstTwoCharactersOnly() {
        assertThat(Masking.address("广州市天河区天河路385号")).isEqualTo("广州****");
        assertThat(Masking.address(" 12 Main Street ")).isEqualTo("12****");
        assertThat(Masking.address("𠀀")).isEqualTo("𠀀****");
        assertThat(Masking.address(null)).isNull();
    }

    @Test
    void freeTextKeepsItsWordsAndMasksNumbersAddressesAndIdCards() {
        assertThat(Masking.freeText("王先生宽带断了，回电13812345678或 138-1234-5678"))
                .isEqualTo("王先生宽带断了，回电138****5678或 138****5678");
        assertThat(Masking.freeText("call +86 138 1234 5678 or 020-88881234, mail wang.xm@example.cn"))
                .isEqualTo("call +86****5678 or 020****1234, mail w****@example.cn");
        assertThat(Masking.freeText("身份证 44010619900101123X 已核对")).isEqualTo("身份证 **** 已核对");
        assertThat(Masking.freeText("ONT LOS red since 08:00, see TT-20260101-000001 and WO-TT-20260101-000001-1; 10010"))
                .as("times, ids and short numbers are not personal data")
                .isEqualTo("ONT LOS red since 08:00, see TT-20260101-000001 and WO-TT-20260101-000001-1; 10010");
        assertThat(Masking.freeText(null)).isNull();
    }
}
