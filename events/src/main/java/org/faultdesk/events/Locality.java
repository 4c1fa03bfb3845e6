package org.faultdesk.events;

/** Urban or rural/suburban premises (城区 / 郊县); home broadband deadlines depend on it. */
public enum Locality {
    URBAN,
    RURAL
}
