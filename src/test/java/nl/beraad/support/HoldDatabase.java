package nl.beraad.support;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Test fixture: holds an H2 file open the plain embedded way (no AUTO_SERVER), as another program
 * or an old Beraad would, until its standard input closes.
 */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (x INT)");
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }
}
