package org.faultdesk.notification.domain;

/** How a message travels: e-mail over SMTP, SMS through the gateway, the supervisors' live feed. */
public enum Channel {
    EMAIL,
    SMS,
    FEED
}
