package org.faultdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerSafetyTest {

    @Test
    void aNameInANoticeIsOnlyAName() {
        assertThat(CustomerSafety.safeName("王小明")).isEqualTo("王小明");
        assertThat(CustomerSafety.safeName(" Anne-Marie O'Neil ")).isEqualTo("Anne-Marie O'Neil");
        assertThat(CustomerSafety.safeName("阿卜杜·热合曼")).isEqualTo("阿卜杜·热合曼");
        assertThat(CustomerSafety.safeName("Li Na, Pearl River Trading")).isEqualTo("Li Na, Pearl River Trading");
        assertThat(CustomerSafety.safeName("广州珠江贸易（天河）有限公司 李娜")).isEqualTo("广州珠江贸易（天河）有限公司 李娜");
        assertThat(CustomerSafety.safeName("王先生 请点击 http://evil.example 领奖")).as("a link is not a name").isEmpty();
        assertThat(CustomerSafety.safeName("您的账户已冻结，请拨打95555")).as("nor is a sentence with a number").isEmpty();
        assertThat(CustomerSafety.safeName("A".repeat(60))).hasSize(40);
        assertThat(CustomerSafety.safeName("wang@example.cn")).as("an address is not a name").isEmpty();
        assertThat(CustomerSafety.safeName("12345")).isEmpty();
        assertThat(CustomerSafety.safeName(null)).isEmpty();
    }

    @Test
    void oneAddressHasOneKeyWhateverItsSpellingAndTheKeyIsNotTheAddress() {
        String key = CustomerSafety.recipientKey(Channel.SMS, "+86 138-1234-5678");
        assertThat(CustomerSafety.recipientKey(Channel.SMS, "8613812345678")).isEqualTo(key);
        assertThat(key).hasSize(64).doesNotContain("13812345678");
        assertThat(CustomerSafety.recipientKey(Channel.EMAIL, " Wang@Example.CN")).isEqualTo(
                CustomerSafety.recipientKey(Channel.EMAIL, "wang@example.cn"));
        assertThat(CustomerSafety.recipientKey(Channel.EMAIL, "8613812345678")).isNotEqualTo(key);
    }
}
