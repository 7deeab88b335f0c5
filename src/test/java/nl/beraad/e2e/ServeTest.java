package nl.beraad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.Phone;
import nl.beraad.support.PhoneMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code beraad serve}: the address and join code come first on standard output, one line each, for
 * a script; line mode then steers the session; the page stops with line mode, or with --wait once
 * the input ended it goes on until SIGTERM. A finished session, an address in use and no session at
 * all are each refused with one sentence and the exit code the other commands use.
 */
@Timeout(60)
class ServeTest {
    private static final Pattern FIRST_LINES = Pattern.compile("\\Aadres: (http://127\\.0\\.0\\.1:([0-9]+)/)\\ncode: [0-9]{6}\\n");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Beraad meeting(Path dir) {
        Beraad beraad = new Beraad(dir);
        Beraad.Run start = beraad.withInput("deelnemer Anouk, Bram\nstop\n", "start", "--set", "scp-dilemmas-2022", "--plain");
        assertEquals(0, start.code(), start.err());
        return beraad;
    }

    private int status(String address) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theAddressAndCodeComeFirstThenLineModeAndThePageStopsWithIt(@TempDir Path dir) throws Exception {
        Beraad beraad = meeting(dir);

        Beraad.Run run = beraad.withInput("openen\ntelefoons\nstop\n", "serve", "1", "--bind", "127.0.0.1", "--port", "0");

        assertEquals(0, run.code(), run.err());
        Matcher first = FIRST_LINES.matcher(run.out());
        assertTrue(first.find(), run.out());
        assertTrue(run.out().contains("Ronde 1 van item 1 staat open voor de telefoons."), run.out());
        // 'telefoons' in line mode shows the same running page.
        assertTrue(run.out().contains("] > adres: " + first.group(1) + "\ncode: "), run.out());
        assertEquals("", run.err());
        // The page stopped with the session: nothing listens there any more.
        assertThrows(ConnectException.class, () -> status(first.group(1)));
    }

    @Test
    void withWaitThePageOutlivesTheInputUntilSigterm(@TempDir Path dir) throws Exception {
        Beraad beraad = meeting(dir);
        try (BeraadProcess serve = BeraadProcess.start(beraad, "serve", "--bind", "127.0.0.1", "--port", "0", "--wait")) {
            serve.await("] > ", Duration.ofSeconds(30));
            Matcher first = FIRST_LINES.matcher(serve.output());
            assertTrue(first.find(), serve.output());
            serve.endInput();
            serve.await("De invoer is op; de stempagina blijft bereikbaar tot Ctrl-C (of SIGTERM).", Duration.ofSeconds(10));

            assertNull(serve.waitFor(Duration.ofMillis(500)));
            assertEquals(200, status(first.group(1)));

            assertEquals(143, serve.signal("TERM"));
            assertTrue(serve.output().endsWith("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1\n"),
                    serve.output());
        }
    }

    @Test
    void withoutWaitTheEndOfInputEndsTheServing(@TempDir Path dir) throws Exception {
        Beraad beraad = meeting(dir);

        Beraad.Run run = beraad.withInput("", "serve", "--bind", "127.0.0.1", "--port", "0");

        assertEquals(0, run.code(), run.err());
        assertTrue(FIRST_LINES.matcher(run.out()).find(), run.out());
        assertTrue(run.out().endsWith("Gepauzeerd. Alles is bewaard. Verder gaan: scripts/beraad resume 1\n"), run.out());
    }

    @Test
    void lineModeSeesThePhonesOfTheRealPageAndDealsWithTheirProposals(@TempDir Path dir) throws Exception {
        try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, 2, 2)) {
            meeting.serve();
            meeting.joinAll();
            Phone first = meeting.phones().get(0);
            Phone second = meeting.phones().get(1);
            meeting.command("openen anoniem", "staat open voor de telefoons.");
            assertEquals(303, first.propose("a", "Eerst de wijk horen", false).statusCode());
            assertEquals(303, second.propose("b", "Te duur voor nu", true).statusCode());

            meeting.command("voorstellen", "Overnemen: overnemen <nr>");
            String shown = meeting.process().output();
            assertTrue(shown.contains("  1. [pool A] Lid 1: Eerst de wijk horen\n  2. [pool B] anoniem: Te duur voor nu\n"),
                    shown);
            meeting.command("overnemen 1", "Voorstel 1 is overgenomen als argument");
            meeting.command("afwijzen 2", "Voorstel 2 is afgewezen");
            meeting.command("argumenten", "Lid 1: Eerst de wijk horen");

            // Both phones were in touch a moment ago; the second one is released on the word for yes.
            meeting.command("toestellen", "Een telefoon loskoppelen");
            Matcher device = Pattern.compile("  ([0-9]+)\\. Lid 2 — verbonden").matcher(meeting.process().output());
            assertTrue(device.find(), meeting.process().output());
            assertTrue(meeting.process().output().contains("2 telefoons, waarvan 2 verbonden:"), meeting.process().output());
            meeting.command("loskoppelen " + device.group(1) + " ja", "is losgekoppeld.");
            // The released phone is asked to join again, and its argument page is closed to it.
            assertTrue(second.page().body().contains("Dit toestel is losgekoppeld door de voorzitter."));
            assertThrows(IllegalStateException.class, () -> second.propose("a", "Nog eentje", false));
            meeting.command("stop", "Gepauzeerd.");
        }
    }

    @Test
    void refusalsAreOneSentenceWithTheUsualExitCodes(@TempDir Path dir) throws Exception {
        Beraad beraad = new Beraad(dir);
        Beraad.Run none = beraad.run("serve", "--bind", "127.0.0.1", "--port", "0", "--wait");
        assertEquals(2, none.code());
        assertEquals("Er is geen onderbroken sessie om verder te gaan. Begin een nieuwe met: beraad start --set ID\n",
                none.err());

        meeting(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Beraad.Run busy = beraad.withInput("stop\n", "serve", "1", "--bind", "127.0.0.1", "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(3, busy.code(), busy.err());
            assertTrue(busy.err().startsWith("De stempagina kan niet starten op 127.0.0.1:" + taken.getLocalPort() + ":"),
                    busy.err());
            assertEquals(1, busy.err().lines().count(), busy.err());
            assertTrue(!busy.out().contains("adres:"), busy.out());
        }

        Beraad.Run badPort = beraad.withInput("stop\n", "serve", "1", "--port", "70000");
        assertEquals(2, badPort.code(), badPort.err());
        assertEquals(1, badPort.err().lines().count(), badPort.err());

        assertEquals(0, beraad.withInput("afronden\n", "resume", "1", "--plain").code());
        Beraad.Run finished = beraad.withInput("stop\n", "serve", "1", "--bind", "127.0.0.1", "--port", "0");
        assertEquals(3, finished.code());
        assertEquals("Sessie 1 is afgerond; een afgeronde sessie krijgt geen stempagina. Heropen haar eerst met: "
                + "beraad resume 1 --reopen\n", finished.err());
    }
}
