package org.faultdesk.events;

/** The service a ticket is about; restore deadlines and technicians' skills are per service type. */
public enum ServiceType {
    /** 集团短彩信: group SMS/MMS. */
    GROUP_SMS_MMS,
    /** 语音专线: voice leased line. */
    VOICE_LEASED_LINE,
    /** APN专线: APN private line over GPRS/TD. */
    APN_PRIVATE_LINE,
    /** 互联网专线: internet leased line. */
    INTERNET_LEASED_LINE,
    /** 数据专线: data leased line. */
    DATA_LEASED_LINE,
    /** 家庭宽带: home broadband (repair, installation and moves). */
    HOME_BROADBAND,
    /** Mobile voice and data coverage (the seeds' "mobile-network complaints"). */
    MOBILE_NETWORK,
    /** Products, prices, billing and service conduct: nothing a technician repairs. */
    GENERAL;

    /** Enterprise leased-line style services, whose deadlines depend on the fault scope. */
    public boolean isEnterpriseService() {
        return switch (this) {
            case GROUP_SMS_MMS, VOICE_LEASED_LINE, APN_PRIVATE_LINE, INTERNET_LEASED_LINE, DATA_LEASED_LINE -> true;
            default -> false;
        };
    }
}
