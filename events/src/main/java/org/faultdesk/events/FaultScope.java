package org.faultdesk.events;

/** How far a fault reaches (地市内 / 跨地市 / 跨省); enterprise deadlines depend on it. */
public enum FaultScope {
    WITHIN_CITY,
    ACROSS_CITIES,
    ACROSS_PROVINCES
}
