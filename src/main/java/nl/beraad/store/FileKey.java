package nl.beraad.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The login H2 is given for an encrypted file. H2 takes the file password and the user password as
 * one value, "file user", cut at the first space; a passphrase may hold spaces, so H2's file password
 * is the passphrase's UTF-8 bytes written as hexadecimal digits. It lives in the login, never in the
 * URL, and nothing prints it.
 */
final class FileKey {
    private final char[] filePassword;

    private FileKey(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** The key for {@code passphrase}, which is cleared. */
    static FileKey of(char[] passphrase) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        Arrays.fill(passphrase, '\0');
        Arrays.fill(bytes.array(), (byte) 0);
        char[] hex = HexFormat.of().formatHex(raw).toCharArray();
        Arrays.fill(raw, (byte) 0);
        return new FileKey(hex);
    }

    /** H2's login for a file this key opens (or, for {@code null}, a plain file): user "sa", an empty user password. */
    static Properties login(FileKey key) {
        Properties login = new Properties();
        login.setProperty("user", "sa");
        if (key == null) {
            login.setProperty("password", "");
        } else {
            // A fresh array each time: H2 clears the one it is given.
            char[] both = Arrays.copyOf(key.filePassword, key.filePassword.length + 1);
            both[both.length - 1] = ' ';
            login.put("password", both);
        }
        return login;
    }

    @Override
    public String toString() {
        return "FileKey"; // never the key
    }
}
