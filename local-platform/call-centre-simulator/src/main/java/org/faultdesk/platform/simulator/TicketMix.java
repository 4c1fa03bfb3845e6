package org.faultdesk.platform.simulator;

import java.util.List;
import java.util.Random;
import org.faultdesk.events.CustomerTier;
import org.faultdesk.events.FaultScope;
import org.faultdesk.events.Locality;
import org.faultdesk.events.ServiceType;
import org.faultdesk.events.Severity;
import org.faultdesk.events.TicketKind;
import org.faultdesk.platform.simulator.DemoArea.Staffing;

/**
 * What the call centres post, one ticket at a time: enterprise leased-line faults (tiers AAA to
 * ordinary), home broadband faults and installations (VIP cards and ordinary customers), complaints
 * and consultations, over the demo's areas. The first five tickets are fixed so that every run
 * shows the same story early, under the demo policy: an AAA leased line in an area with no
 * technician (warned, then escalated at one minute); a home fault that is dispatched and
 * restored; in the area with one technician, an installation that keeps them busy for a minute
 * or two and then an AAA leased line that has to wait for them and misses its one-minute
 * deadline; and a mobile-network complaint the call centre handles itself.
 */
public final class TicketMix {

    private record EnterpriseCustomer(String name, CustomerTier tier, List<ServiceType> lines, String contact, String email) {
    }

    private record Symptom(String title, String description) {
    }

    static final String HOTLINE = "hotline-10010";
    static final String BUSINESS_HALL = "businessHall";
    static final String CUSTOMER_MANAGER = "customerManager";
    static final String CRM = "crm-gd";
    /** The channels the demo's tickets come in by: the demo's agents work for all of them. */
    public static final List<String> CHANNELS = List.of(HOTLINE, BUSINESS_HALL, CUSTOMER_MANAGER, CRM);

    private static final List<EnterpriseCustomer> ENTERPRISES = List.of(
            new EnterpriseCustomer("广州地铁集团 (demo)", CustomerTier.AAA,
                    List.of(ServiceType.INTERNET_LEASED_LINE, ServiceType.DATA_LEASED_LINE), "陈工 (demo)", "noc@gzmetro.customers.demo.example"),
            new EnterpriseCustomer("南方电网广州供电局 (demo)", CustomerTier.AAA,
                    List.of(ServiceType.DATA_LEASED_LINE, ServiceType.VOICE_LEASED_LINE), "林工 (demo)", "it@csg-gz.customers.demo.example"),
            new EnterpriseCustomer("招商银行深圳分行 (demo)", CustomerTier.AA,
                    List.of(ServiceType.DATA_LEASED_LINE, ServiceType.APN_PRIVATE_LINE), "Kevin Zhang (demo)", "netops@cmb-sz.customers.demo.example"),
            new EnterpriseCustomer("美的集团佛山总部 (demo)", CustomerTier.AA,
                    List.of(ServiceType.INTERNET_LEASED_LINE, ServiceType.GROUP_SMS_MMS), "何经理 (demo)", "it@midea-fs.customers.demo.example"),
            new EnterpriseCustomer("天河城酒店 (demo)", CustomerTier.A,
                    List.of(ServiceType.INTERNET_LEASED_LINE, ServiceType.VOICE_LEASED_LINE), "前台经理 (demo)", "frontdesk@tianhe-hotel.customers.demo.example"),
            new EnterpriseCustomer("海珠物流园 (demo)", CustomerTier.ORDINARY,
                    List.of(ServiceType.INTERNET_LEASED_LINE, ServiceType.APN_PRIVATE_LINE), "吴主管 (demo)", null));

    private static final List<String> HOME_NAMES = List.of("王小明 (demo)", "李娜 (demo)", "张伟 (demo)", "刘芳 (demo)",
            "陈静 (demo)", "杨洋 (demo)", "黄磊 (demo)", "周敏 (demo)", "Mia Chen (demo)", "Tom Li (demo)");

    private static final List<Symptom> LEASED_LINE_FAULTS = List.of(
            new Symptom("Leased line down", "专线中断: customer router reports the uplink down, ONT LOS light red"),
            new Symptom("Leased line packet loss", "20% packet loss on the leased line since 09:00, branch VPN unusable"),
            new Symptom("Leased line flapping", "Line flaps every few minutes; BGP session to the customer keeps resetting"));

    private static final List<Symptom> HOME_FAULTS = List.of(
            new Symptom("No internet", "家宽断网: no internet since this morning, ONT LOS light red"),
            new Symptom("Broadband very slow", "Speed test 5 Mbit/s on a 300M plan, worse in the evening"),
            new Symptom("Wi-Fi drops", "Wi-Fi drops every few minutes, ONT rebooted twice already"),
            new Symptom("IPTV and broadband down", "IPTV shows error 1302 and no internet since the storm"));

    private static final List<Symptom> INSTALLATIONS = List.of(
            new Symptom("New broadband installation", "装机: new 300M fibre installation, customer home after 18:00"),
            new Symptom("Broadband move", "移机: move the broadband to the customer's new flat in the same district"));

    private static final List<Symptom> NETWORK_COMPLAINTS = List.of(
            new Symptom("No mobile signal at home", "移网投诉: no 4G/5G signal indoors since the new building next door went up"),
            new Symptom("Calls drop on the metro", "Calls drop between two metro stations every day on the way to work"));

    private static final List<Symptom> OTHER_COMPLAINTS = List.of(
            new Symptom("Charged twice", "Monthly package charged twice on this month's bill"),
            new Symptom("Promised callback never came", "Customer was promised a callback about a refund three days ago"));

    private static final List<Symptom> CONSULTATIONS = List.of(
            new Symptom("Which package has IPTV", "咨询: which broadband package includes IPTV, and the price"),
            new Symptom("Upgrade to 1000M", "咨询: can the line be upgraded to 1000M and what does it cost"));

    private final Random random;
    private int count;

    public TicketMix(Random random) {
        this.random = random;
    }

    /** The next ticket a call centre posts. */
    public NewTicket next() {
        count++;
        return switch (count) {
            case 1 -> enterpriseFault(ENTERPRISES.get(0), ServiceType.INTERNET_LEASED_LINE, DemoAreas.GZ_BAIYUN_02);
            case 2 -> homeFault(CustomerTier.GOLD, DemoAreas.GZ_TIANHE_03);
            case 3 -> installation(DemoAreas.FS_CHANCHENG_01);
            case 4 -> enterpriseFault(ENTERPRISES.get(1), ServiceType.DATA_LEASED_LINE, DemoAreas.FS_CHANCHENG_01);
            case 5 -> complaint(ServiceType.MOBILE_NETWORK, DemoAreas.SZ_FUTIAN_01);
            default -> any();
        };
    }

    private NewTicket any() {
        int roll = random.nextInt(100);
        if (roll < 35) {
            EnterpriseCustomer customer = pick(ENTERPRISES);
            return enterpriseFault(customer, pick(customer.lines()), area());
        }
        if (roll < 70) {
            return homeFault(homeTier(), area());
        }
        if (roll < 75) {
            return installation(area());
        }
        if (roll < 95) {
            return complaint(random.nextBoolean() ? ServiceType.MOBILE_NETWORK : ServiceType.GENERAL, area());
        }
        return consultation(area());
    }

    private NewTicket enterpriseFault(EnterpriseCustomer customer, ServiceType line, DemoArea area) {
        Symptom symptom = pick(LEASED_LINE_FAULTS);
        boolean down = symptom.title().endsWith("down");
        int scope = random.nextInt(10);
        FaultScope faultScope = scope < 7 ? FaultScope.WITHIN_CITY : scope < 9 ? FaultScope.ACROSS_CITIES : FaultScope.ACROSS_PROVINCES;
        int priority = customer.tier() == CustomerTier.AAA || down ? 1 : 2;
        return new NewTicket(customer.name() + ": " + symptom.title(), symptom.description(),
                down ? Severity.CRITICAL : Severity.MAJOR, priority, TicketKind.FAULT, line, customer.tier(),
                faultScope, Locality.URBAN, area.code(), random.nextBoolean() ? CUSTOMER_MANAGER : CRM,
                new NewTicket.Contact(customer.contact(), phone(), customer.email(), "zh-CN"));
    }

    private NewTicket homeFault(CustomerTier tier, DemoArea area) {
        Symptom symptom = pick(HOME_FAULTS);
        Severity severity = symptom.title().startsWith("No internet") || symptom.title().startsWith("IPTV")
                ? Severity.CRITICAL : Severity.MAJOR;
        int priority = severity == Severity.CRITICAL ? 2 : 3;
        return new NewTicket(symptom.title(), symptom.description(), severity, priority, TicketKind.FAULT,
                ServiceType.HOME_BROADBAND, tier, FaultScope.WITHIN_CITY, locality(), area.code(), homeChannel(),
                homeContact(area));
    }

    private NewTicket installation(DemoArea area) {
        Symptom symptom = pick(INSTALLATIONS);
        return new NewTicket(symptom.title(), symptom.description(), Severity.MINOR, 3, TicketKind.INSTALLATION,
                ServiceType.HOME_BROADBAND, homeTier(), FaultScope.WITHIN_CITY, locality(), area.code(), BUSINESS_HALL,
                homeContact(area));
    }

    private NewTicket complaint(ServiceType about, DemoArea area) {
        Symptom symptom = pick(about == ServiceType.MOBILE_NETWORK ? NETWORK_COMPLAINTS : OTHER_COMPLAINTS);
        return new NewTicket(symptom.title(), symptom.description(), Severity.MAJOR, 3, TicketKind.COMPLAINT, about,
                homeTier(), FaultScope.WITHIN_CITY, Locality.URBAN, area.code(), homeChannel(), homeContact(area));
    }

    private NewTicket consultation(DemoArea area) {
        Symptom symptom = pick(CONSULTATIONS);
        return new NewTicket(symptom.title(), symptom.description(), Severity.MINOR, 4, TicketKind.CONSULTATION,
                ServiceType.GENERAL, homeTier(), FaultScope.WITHIN_CITY, Locality.URBAN, area.code(), homeChannel(),
                homeContact(area));
    }

    /** Half the tickets go to staffed areas, a fifth to the short one, the rest where nobody works. */
    private DemoArea area() {
        int roll = random.nextInt(100);
        Staffing staffing = roll < 55 ? Staffing.STAFFED : roll < 75 ? Staffing.SHORT : Staffing.NONE;
        return pick(DemoAreas.staffed(staffing));
    }

    /** Most home customers hold no VIP card; the cards are rarer the higher they are. */
    private CustomerTier homeTier() {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return CustomerTier.ORDINARY;
        }
        if (roll < 68) {
            return CustomerTier.SILVER;
        }
        if (roll < 83) {
            return CustomerTier.GOLD;
        }
        return roll < 94 ? CustomerTier.DIAMOND : CustomerTier.SUPREME;
    }

    private Locality locality() {
        return random.nextInt(5) == 0 ? Locality.RURAL : Locality.URBAN;
    }

    private String homeChannel() {
        return random.nextInt(10) < 7 ? HOTLINE : BUSINESS_HALL;
    }

    private NewTicket.Contact homeContact(DemoArea area) {
        String name = pick(HOME_NAMES);
        boolean english = name.matches("[A-Za-z].*");
        // A third of home customers left an e-mail address: the others are told by SMS only.
        String email = random.nextInt(3) == 0 ? "customer" + (1000 + random.nextInt(9000)) + "@home.demo.example" : null;
        return new NewTicket.Contact(name, phone(), email, english ? "en" : "zh-CN");
    }

    /** A mobile number in the 138 0000 range, invented for the demo. */
    private String phone() {
        return "+86138" + "0000" + String.format("%04d", random.nextInt(10_000));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
