package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionService;
import nl.beraad.content.SetDirectory;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Session;
import nl.beraad.store.Database;
import nl.beraad.store.JdbcSessionStore;
import nl.beraad.store.MemoryDatabase;
import nl.beraad.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * --address: phones that reach the page through a forwarded port (an SSH tunnel to the meeting laptop)
 * get that address in the QR code, and the page answers requests made to it, not to the bound one.
 */
class PublicAddressTest {

    @Test
    void thePageAnswersAtTheAddressThePhonesUseAndOnlyThere() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (Database db = MemoryDatabase.fresh()) {
            JdbcSessionStore store = new JdbcSessionStore(db);
            SessionService sessions = new SessionService(store, new SetDirectory(Path.of("dilemmas").toAbsolutePath()),
                    Clock.systemUTC());
            Session s = sessions.start("scp-dilemmas-2022", "Raad");
            PhoneServer server = new PhoneServer(sessions, new PhoneService(sessions, store, Clock.systemUTC()),
                    Messages.forLanguage("nl"), "127.0.0.1", port, "HTTP://Laptop.Example:9000");
            try (PhonePage.Serving page = server.start(s.id())) {
                assertEquals("http://laptop.example:9000/", page.address());
                assertTrue(get(port, "laptop.example:9000").startsWith("HTTP/1.1 200"));
                // Asked by its bound address it is not this page (a rebound name, a mistyped forward).
                assertTrue(get(port, "127.0.0.1:" + port).matches("HTTP/1.1 4\\d\\d[\\s\\S]*"));
            }
        }
    }

    @Test
    void anAddressWithMoreThanSchemeHostAndPortIsRefused() {
        for (String bad : new String[] {"laptop:9000", "ftp://laptop/", "http://laptop/stem", "http://laptop/?x=1",
                "http://user@laptop/", "http://"}) {
            assertThrows(BeraadException.class, () -> PhoneServer.origin(bad), bad);
        }
        assertEquals("https://stem.example", PhoneServer.origin("https://stem.example/"));
    }

    private static String get(int port, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            in.transferTo(got);
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
