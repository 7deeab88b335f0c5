package nl.beraad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.beraad.app.PhonePage;
import nl.beraad.domain.SessionId;
import nl.beraad.support.Beraad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** --bind and --port (and BERAAD_BIND/BERAAD_PORT) reach the vote page, which binds nothing until started. */
@Timeout(60)
class PhonePageOptionsTest {
    @TempDir
    Path dir;

    private AppContext context(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("BERAAD_DB", dir.resolve("beraad.mv.db").toString());
        all.put("BERAAD_SETS", Path.of("dilemmas").toAbsolutePath().toString());
        return new AppContext(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new PrintWriter(new ByteArrayOutputStream()), new PrintWriter(new ByteArrayOutputStream()), all, false,
                Clock.systemUTC());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean taken(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return e instanceof BindException;
        }
    }

    @Test
    void theOptionsChooseAddressAndPortAndNothingIsBoundBeforeTheStart() throws Exception {
        int port = freePort();
        try (AppContext context = context(Map.of("BERAAD_BIND", "10.255.255.1", "BERAAD_PORT", "1"))) {
            context.bindOption = "127.0.0.1"; // the options win over the environment
            context.portOption = port;
            SessionId session = context.service().start("scp-dilemmas-2022", "Raad").id();
            PhonePage page = context.phonePage();
            assertTrue(!taken(port), "nothing listens before the facilitator starts the page");
            try (PhonePage.Serving serving = page.start(session)) {
                assertEquals("http://127.0.0.1:" + port + "/", serving.address());
                assertTrue(taken(port));
                assertTrue(serving.joinCode().matches("[0-9]{6}"));
            }
            assertTrue(!taken(port), "closed: the port is free again");
        }
    }

    @Test
    void theEnvironmentIsUsedWithoutOptions() throws Exception {
        try (AppContext context = context(Map.of("BERAAD_BIND", "127.0.0.1", "BERAAD_PORT", "0"))) {
            SessionId session = context.service().start("scp-dilemmas-2022", "Raad").id();
            try (PhonePage.Serving serving = context.phonePage().start(session)) {
                assertTrue(serving.address().startsWith("http://127.0.0.1:"), serving.address());
                assertTrue(!serving.address().endsWith(":0/"));
            }
        }
        try (AppContext context = context(Map.of())) {
            assertEquals(8421, context.phonePort());
            context.portOption = 70000;
            assertThrows(nl.beraad.domain.BeraadException.class, context::phonePort);
        }
    }

    @Test
    void aWrongPortIsOneSentenceBeforeAnyMeetingStarts() {
        Beraad beraad = new Beraad(dir);
        Beraad.Run run = beraad.withInput("pauze\n", "start", "--set", "scp-dilemmas-2022", "--plain", "--port", "70000");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("De poort moet een getal van 0 tot en met 65535 zijn, niet 70000."), run.err());
        beraad.env().put("BERAAD_PORT", "acht");
        Beraad.Run env = beraad.withInput("pauze\n", "resume", "--plain");
        assertEquals(2, env.code());
        assertTrue(env.err().contains("niet acht"), env.err());
        Beraad.Run sessions = beraad.run("sessions");
        assertTrue((sessions.out() + sessions.err()).contains("Er zijn nog geen sessies"), "no session was started");
    }

    @Test
    void startAndResumeTakeTheOptions() {
        Beraad beraad = new Beraad(dir);
        Beraad.Run started = beraad.withInput("pauze\n", "start", "--set", "scp-dilemmas-2022", "--plain",
                "--bind", "127.0.0.1", "--port", "0");
        assertEquals(0, started.code(), started.err());
        Beraad.Run resumed = beraad.withInput("pauze\n", "resume", "--plain", "--bind", "127.0.0.1", "--port", "8421");
        assertEquals(0, resumed.code(), resumed.err());
    }
}
