package org.faultdesk.ticket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The masking rule itself is tested once, in service-support (MaskingTest); here, its use on a contact. */
class PrivacyAndNumbersTest {

    @Test
    void aMaskedContactRevealsNeitherNameNorNumber() {
        CustomerContact contact = new CustomerContact("王小明", "13912345678", null, null, ContactLanguage.ZH_CN);
        assertThat(contact.masked()).isEqualTo("王** 139****5678").doesNotContain("小明", "12345");
    }

    @Test
    void ticketIdsCarryTheDayAndASixDigitNumber() {
        assertThat(TicketNumbers.format(LocalDate.of(2026, 11, 23), 123)).isEqualTo("TT-20261123-000123");
        assertThat(TicketNumbers.format(LocalDate.of(2026, 11, 23), 1_234_567)).isEqualTo("TT-20261123-1234567");
        assertThatThrownBy(() -> TicketNumbers.format(LocalDate.of(2026, 11, 23), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
