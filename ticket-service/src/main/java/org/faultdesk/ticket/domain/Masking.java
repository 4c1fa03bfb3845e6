package org.faultdesk.ticket.domain;

/**
 * Masks customer data for logs (seed 002, 信息安全管理办法): enough to tell two calls apart, not
 * enough to identify or ring the customer.
 */
public final class Masking {

    private Masking() {
    }

    /** "张三丰" → "张**", "Li Wei" → "L*****". */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(rest);
    }

    /** "13812345678" → "138****5678"; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.strip();
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
        }
        if (digits.length() <= 2) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }
}
