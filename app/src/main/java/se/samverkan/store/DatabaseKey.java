package se.samverkan.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Turns the user's password into the two secrets H2 needs for {@code CIPHER=AES}: the file password (encrypts the
 * pages) and the user password (authenticates), joined by one space. H2 splits at the first space, so a user password
 * that itself contains spaces would break; deriving hex strings keeps any password safe. H2 salts and stretches the
 * file key itself.
 */
final class DatabaseKey {

    static final String USER = "SAMVERKAN";

    private DatabaseKey() {
    }

    /** The password string H2 expects; the caller clears the returned array after use. */
    static char[] h2Password(char[] userPassword) {
        if (userPassword == null || userPassword.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        String file = derive("samverkan-file:", userPassword);
        String user = derive("samverkan-user:", userPassword);
        return (file + " " + user).toCharArray();
    }

    private static String derive(String domain, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(domain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
