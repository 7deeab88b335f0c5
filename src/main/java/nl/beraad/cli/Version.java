package nl.beraad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Beraad's version, as Maven stamped it into the build. */
final class Version implements IVersionProvider {
    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/nl/beraad/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Beraad " + current(), "Java " + System.getProperty("java.version")};
    }
}
