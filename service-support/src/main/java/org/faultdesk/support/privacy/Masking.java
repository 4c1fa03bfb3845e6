package org.faultdesk.support.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for showing personal data where it is not needed in full: logs, lists, the delivery
 * log, {@code toString()} (seed 002, 信息安全管理办法). Enough to tell two customers apart on a
 * screen, not enough to identify, ring or mail one. The number of stars is fixed so that a mask
 * does not tell the length of what it hides. {@code null} stays {@code null}.
 */
public final class Masking {

    private static final String STARS = "****";
    /** A mainland mobile or a landline with its area code, with or without +86 and separators. */
    private static final Pattern PHONE_IN_TEXT = Pattern.compile(
            "(?<![\\w+])(?:\\+?86[ -]?)?(?:1[3-9]\\d(?:[ -]?\\d{4}){2}|0\\d{2,3}[ -]?\\d{7,8})(?!\\d)");
    private static final Pattern EMAIL_IN_TEXT = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** A resident identity card number: 17 digits and a check digit or X. */
    private static final Pattern ID_NUMBER_IN_TEXT = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\w)");

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

    /**
     * Free text (a ticket's title, a status change's reason, a technician's note) with every
     * identity-card number, e-mail address and phone number in it masked: such text goes on Kafka,
     * where no personal data may be (ADR 0003), and whoever typed it may have put the customer's
     * number in it. Ids of the platform ({@code TT-20260101-000001}, {@code WO-…}) are left alone.
     */
    public static String freeText(String text) {
        if (text == null) {
            return null;
        }
        String masked = ID_NUMBER_IN_TEXT.matcher(text).replaceAll(STARS);
        masked = EMAIL_IN_TEXT.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(email(match.group())));
        return PHONE_IN_TEXT.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(phone(match.group())));
    }
}
