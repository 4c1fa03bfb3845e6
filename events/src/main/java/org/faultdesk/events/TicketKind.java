package org.faultdesk.events;

/** What the customer asked for (seed 001: "客户的服务需求有4个类别", plus installation work). */
public enum TicketKind {
    /** 咨询: a question about a product, price or service; usually closed on the phone. */
    CONSULTATION,
    /** 一般投诉: general complaint. */
    COMPLAINT,
    /** 设备报障 / 障碍申告: equipment or service fault; needs a technician on site. */
    FAULT,
    /** 严重投诉和纠纷: serious complaint or dispute; needs other departments and a supervisor. */
    SERIOUS_COMPLAINT,
    /** 装移机: new installation or move; a field visit with its own deadline. */
    INSTALLATION;

    /** Whether the work is done at the customer's premises, so dispatch opens a work order. */
    public boolean needsFieldVisit() {
        return this == FAULT || this == INSTALLATION;
    }
}
