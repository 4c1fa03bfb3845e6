package org.faultdesk.notification.channel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The gateway's password never crosses a network in clear unless an operator says so. */
class SmsGatewayTransportTest {

    @Test
    void httpsIsAlwaysAccepted() {
        assertThatCode(() -> SmsGateway.requireSafeTransport(URI.create("https://sms.operator.example"), false))
                .doesNotThrowAnyException();
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedAtStart() {
        assertThatThrownBy(() -> SmsGateway.requireSafeTransport(URI.create("http://sms.operator.example:8080"), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("would travel in clear").hasMessageContaining("SMS_GATEWAY_ALLOW_HTTP");
        assertThatThrownBy(() -> SmsGateway.requireSafeTransport(URI.create("ftp://127.0.0.1"), false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plainHttpToThisMachineOrAllowedOnPurposeIsAccepted() {
        assertThatCode(() -> SmsGateway.requireSafeTransport(URI.create("http://127.0.0.1:8090"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> SmsGateway.requireSafeTransport(URI.create("http://localhost:8090"), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> SmsGateway.requireSafeTransport(URI.create("http://sms-gateway:8080"), true))
                .doesNotThrowAnyException();
    }
}
