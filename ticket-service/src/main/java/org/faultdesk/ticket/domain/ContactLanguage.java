package org.faultdesk.ticket.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The language the customer is spoken and written to in, as BCP 47 tags on the wire. */
public enum ContactLanguage {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    ContactLanguage(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }
}
