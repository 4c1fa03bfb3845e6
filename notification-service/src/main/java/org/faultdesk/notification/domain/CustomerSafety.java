package org.faultdesk.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What keeps the operator's sender from being used against customers: a name in a notice is only
 * a name (letters, spaces and the marks names use, at most {@value #NAME_LENGTH} characters; a
 * caller cannot make the operator text a link or a message of their own), and the notices sent to
 * one address are counted by a key that does not hold the address.
 */
public final class CustomerSafety {

    static final int NAME_LENGTH = 40;
    /** Besides letters and spaces: what people's and companies' names use ("Li Na, Pearl River Trading"). */
    private static final String NAME_MARKS = ".·-',，&()（）";

    private CustomerSafety() {
    }

    /**
     * The name as a notice may show it: letters of any script (with their combining marks), spaces
     * and the marks of {@link #NAME_MARKS}, at most {@value #NAME_LENGTH} characters. A name holding
     * anything else (digits: a number; a colon, a slash or an at: a link or an address; other
     * punctuation: a message) is not a name, and the notice greets nobody by name.
     */
    public static String safeName(String name) {
        if (name == null) {
            return "";
        }
        String trimmed = name.strip().replaceAll(" {2,}", " ");
        boolean onlyNameCharacters = trimmed.codePoints().allMatch(c -> Character.isLetter(c) || c == ' '
                || Character.getType(c) == Character.NON_SPACING_MARK || NAME_MARKS.indexOf(c) >= 0);
        if (!onlyNameCharacters) {
            return "";
        }
        int end = trimmed.offsetByCodePoints(0, Math.min(NAME_LENGTH, trimmed.codePointCount(0, trimmed.length())));
        return trimmed.substring(0, end).strip();
    }

    /** SHA-256 of channel and normalised address (a phone's digits, an e-mail in lower case). */
    public static String recipientKey(Channel channel, String address) {
        String normalised = channel == Channel.SMS
                ? address.replaceAll("[^0-9]", "")
                : address.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((channel.name() + ":" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
