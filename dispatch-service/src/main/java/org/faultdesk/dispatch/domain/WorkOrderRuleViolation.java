package org.faultdesk.dispatch.domain;

/** A field rule refuses the step: wrong status, too early to call the customer absent, and so on. */
public class WorkOrderRuleViolation extends RuntimeException {

    private final String slug;
    private final String title;

    public WorkOrderRuleViolation(String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
