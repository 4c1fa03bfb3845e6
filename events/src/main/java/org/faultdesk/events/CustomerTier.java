package org.faultdesk.events;

/**
 * Service level a customer is entitled to (domain brief, "Customer tiers").
 *
 * <p>Enterprise and group customers (集团客户) are graded AAA, AA, A or ordinary; individual
 * customers may hold a VIP card (至尊 supreme, 钻石 diamond, 金 gold, 银 silver). Everyone else is
 * {@link #ORDINARY}.
 */
public enum CustomerTier {
    AAA(Segment.ENTERPRISE),
    AA(Segment.ENTERPRISE),
    A(Segment.ENTERPRISE),
    SUPREME(Segment.INDIVIDUAL_VIP),
    DIAMOND(Segment.INDIVIDUAL_VIP),
    GOLD(Segment.INDIVIDUAL_VIP),
    SILVER(Segment.INDIVIDUAL_VIP),
    ORDINARY(Segment.ANY);

    /** Which grading scheme a tier belongs to. */
    public enum Segment { ENTERPRISE, INDIVIDUAL_VIP, ANY }

    private final Segment segment;

    CustomerTier(Segment segment) {
        this.segment = segment;
    }

    public Segment segment() {
        return segment;
    }
}
