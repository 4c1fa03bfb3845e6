package org.faultdesk.notification.domain;

/** Phone numbers in logs and the delivery log show only their first three and last four digits. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.length() <= 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** Masks an e-mail's local part: {@code l***@example.com}. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "****" : email.charAt(0) + "***" + email.substring(at);
    }
}
