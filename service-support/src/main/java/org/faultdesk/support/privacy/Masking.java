package org.faultdesk.support.privacy;

/**
 * The one rule for showing personal data where it is not needed in full: logs, lists, the delivery
 * log, {@code toString()} (seed 002, 信息安全管理办法). Enough to tell two customers apart on a
 * screen, not enough to identify, ring or mail one. The number of stars is fixed so that a mask
 * does not tell the length of what it hides. {@code null} stays {@code null}.
 */
public final class Masking {

    private static final String STARS = "****";

    private Masking() {
    }

    /** "张三丰" → "张**", "Li Wei" → "L**": the first character only. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return new String(Character.toChars(trimmed.codePointAt(0))) + "**";
    }

    /**
     * "13812345678" → "138****5678", "+86 138-1234-5678" → "+86****5678" : the first three and the
     * last four digits of a number of at least eleven characters (a mobile or a landline with area
     * code); only the last two of a shorter one, whose first three would say too much.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.strip().replaceAll("[^0-9+]", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 5) {
            return STARS + digits.substring(digits.length() - 2);
        }
        return STARS;
    }

    /** "wang.xiaoming@example.com" → "w****@example.com": the domain stays, the mailbox goes. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0) {
            return STARS;
        }
        return trimmed.charAt(0) + STARS + trimmed.substring(at);
    }

    /** "广州市天河区天河路385号" → "广州****": the first two characters (a city at most), never a street. */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip();
        int end = trimmed.offsetByCodePoints(0, Math.min(2, trimmed.codePointCount(0, trimmed.length())));
        return trimmed.substring(0, end) + STARS;
    }
}
