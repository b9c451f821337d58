package se.samverkan.service.network;

import java.util.Optional;
import java.util.Set;

/**
 * Swedish phone numbers: accepts the common ways of writing them (070-123 45 67, 0701234567, +46 70 123 45 67,
 * 08-123 456 78, 031-12 34 56) and stores one readable form, area code, dash, digits in groups, so the same number
 * typed two ways looks the same in the list.
 */
public final class PhoneNumbers {

    /** Area codes of two digits after the 0 (besides 08 and the mobile 07x); the rest have three. */
    private static final Set<String> TWO_DIGIT_AREAS = Set.of("11", "13", "16", "18", "19", "21", "23", "26", "31",
            "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90");

    private PhoneNumbers() {
    }

    /** The readable form of {@code input}, or empty when it is not a Swedish phone number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.strip().replaceAll("[\\s\\-()/.]", "");
        if (compact.startsWith("+46")) {
            compact = "0" + compact.substring(3);
        } else if (compact.startsWith("0046")) {
            compact = "0" + compact.substring(4);
        }
        if (compact.startsWith("00")) {
            return Optional.empty();
        }
        if (!compact.matches("0\\d{6,9}")) {
            return Optional.empty();
        }
        int area = areaLength(compact);
        String subscriber = compact.substring(area);
        if (compact.startsWith("07") && compact.length() != 10 || subscriber.length() < 5 || subscriber.length() > 8) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, area) + "-" + group(subscriber));
    }

    private static int areaLength(String digits) {
        if (digits.startsWith("08")) {
            return 2;
        }
        if (digits.startsWith("07")) {
            return 3;
        }
        return TWO_DIGIT_AREAS.contains(digits.substring(1, 3)) ? 3 : 4;
    }

    private static String group(String s) {
        return switch (s.length()) {
            case 5 -> s.substring(0, 3) + " " + s.substring(3);
            case 6 -> s.substring(0, 2) + " " + s.substring(2, 4) + " " + s.substring(4);
            case 7 -> s.substring(0, 3) + " " + s.substring(3, 5) + " " + s.substring(5);
            default -> s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6);
        };
    }
}
