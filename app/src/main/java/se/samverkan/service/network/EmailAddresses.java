package se.samverkan.service.network;

import java.util.regex.Pattern;

/** A deliberately plain e-mail check: catches typing mistakes (no @, no domain, spaces), not every RFC corner. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[\\p{L}]{2,}");

    private EmailAddresses() {
    }

    public static boolean valid(String email) {
        return email != null && SHAPE.matcher(email.strip()).matches();
    }
}
