package se.samverkan.ui.unlock;

/**
 * A rough hint of how hard a password is to guess: length counts most, a mix of character kinds a little. It is a
 * hint for the user, not a policy; only the minimum length is enforced.
 */
public enum PasswordStrength {
    NONE, WEAK, FAIR, STRONG;

    public static final int MIN_LENGTH = 8;

    public static PasswordStrength of(CharSequence password) {
        if (password == null || password.length() == 0) {
            return NONE;
        }
        if (password.length() < MIN_LENGTH) {
            return WEAK;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        int score = kinds + (password.length() >= 12 ? 1 : 0) + (password.length() >= 16 ? 2 : 0);
        if (score >= 4) {
            return STRONG;
        }
        return score >= 2 ? FAIR : WEAK;
    }

    /** The resource key of the hint text. */
    public String messageKey() {
        return "ui.password.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
