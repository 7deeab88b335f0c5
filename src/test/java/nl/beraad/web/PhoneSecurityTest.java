package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a participant on the same network could try against the vote page: each attempt is refused
 * with a clean status and stores nothing (the vote and device rows are checked after each), nothing
 * sent before the reveal tells another's answer or a count, and an anonymous session sends no name.
 */
@Timeout(90)
class PhoneSecurityTest extends VotePageTest {
    private void nothingStored(int devices) {
        assertTrue(meeting.votes(ItemNo.of(1)).isEmpty(), "no vote stored");
        assertEquals(devices, meeting.deviceRows(), "no device added");
        assertTrue(meeting.phones.proposals(meeting.id(), ItemNo.of(1)).isEmpty(), "no proposal stored");
    }

    @Test
    void changesWithoutTheRightTokenCsrfFieldOrOriginAreRefused() throws Exception {
        meeting(false, "Ïda Ëlberg", "Bram Bos");
        Phone ida = meeting.phone().joinAs(meeting.page.joinCode(), "Ïda Ëlberg");
        Phone bram = meeting.phone().joinAs(meeting.page.joinCode(), "Bram Bos");
        meeting.phones.open(meeting.id(), ItemNo.of(1), false);
        String idaCsrf = ida.csrf();
        String bramCsrf = bram.csrf();

        // Bram's cookie with Ida's CSRF field (a page of Ida's replayed by Bram's phone): refused.
        assertEquals(403, bram.post("/answer", Map.of("csrf", idaCsrf, "item", "1", "step", "1")).statusCode());
        // A token nobody was given, with the field that belongs to it: not a device of this session.
        Phone forger = meeting.phone();
        forger.token = "A".repeat(43);
        assertEquals(403, forger.post("/answer", Map.of("csrf", Guard.csrf(forger.token), "item", "1", "step", "1"))
                .statusCode());
        // A cookie that is no token at all.
        forger.token = "x\"; Path=/";
        assertEquals(403, forger.post("/answer", Map.of("csrf", bramCsrf, "item", "1", "step", "1")).statusCode());
        // No CSRF field.
        assertEquals(403, bram.post("/answer", Map.of("item", "1", "step", "1")).statusCode());
        assertEquals(403, bram.post("/argument", Map.of("item", "1", "text", "Zonder veld")).statusCode());
        // A foreign Origin; no Origin and a foreign Referer; no Origin and no Referer.
        Map<String, String> good = Map.of("csrf", bramCsrf, "item", "1", "step", "1");
        assertEquals(403, bram.post("/answer", good, Map.of("Origin", "http://evil.example")).statusCode());
        assertEquals(403, bram.post("/answer", good, Map.of("Origin", "null")).statusCode());
        assertEquals(403, bram.post("/answer", good, Map.of("Referer", "http://evil.example/")).statusCode());
        assertEquals(403, bram.post("/answer", good, Map.of()).statusCode());
        assertEquals(403, meeting.phone().post("/join", meeting.phone().joinForm(meeting.page.joinCode()),
                Map.of("Origin", "http://evil.example")).statusCode());
        nothingStored(2);
        for (HttpResponse<String> r : bram.seen) {
            if (r.statusCode() == 403) {
                assertTrue(r.body().contains("role=\"alert\""), "one sentence on a clean page: " + r.body());
            }
        }

        // The same request from the page itself passes: a missing Origin with this page's Referer too.
        assertEquals(303, bram.post("/answer", good, Map.of("Referer", bram.address)).statusCode());
        assertEquals(1, meeting.votes(ItemNo.of(1)).size());
    }

    @Test
    void aReleasedPhoneAndAReplayedJoinAreRefused() throws Exception {
        meeting(false, "Ïda Ëlberg");
        Phone ida = meeting.phone();
        Map<String, String> joinForm = ida.joinForm(meeting.page.joinCode());
        assertEquals(303, ida.post("/join", joinForm).statusCode());
        assertEquals(303, ida.choose("Ïda Ëlberg").statusCode());
        meeting.phones.open(meeting.id(), ItemNo.of(1), false);
        String csrf = ida.csrf();
        long device = meeting.devices().get(0).id();
        assertTrue(meeting.page.connected().contains(device));
        meeting.phones.release(meeting.id(), device);
        assertFalse(meeting.page.connected().contains(device), "a released phone is not shown as connected");

        String released = ida.get("/").body();
        assertTrue(released.contains("losgekoppeld"), released);
        assertTrue(released.contains("name=\"code\""), "a released phone can join again only with the code");
        assertEquals(403, ida.post("/answer", Map.of("csrf", csrf, "item", "1", "step", "2")).statusCode());
        assertEquals(403, ida.post("/argument", Map.of("csrf", csrf, "item", "1", "text", "Toch nog")).statusCode());

        // The captured join request, sent again (by the phone or by someone who saw it): refused.
        Phone replay = meeting.phone();
        HttpResponse<String> again = replay.post("/join", joinForm);
        assertEquals(400, again.statusCode());
        assertEquals(null, replay.token, "no cookie for a replayed join");
        // A made-up form value, and a wrong code, get no device either.
        assertEquals(400, replay.post("/join", Map.of("code", meeting.page.joinCode(), "nonce", "made-up")).statusCode());
        String wrong = meeting.page.joinCode().equals("000000") ? "000001" : "000000";
        assertEquals(403, replay.join(wrong).statusCode());
        nothingStored(1);
        assertTrue(meeting.devices().isEmpty(), "the one device is released");
    }

    @Test
    void wrongCodesAreRateLimitedPerAddress() throws Exception {
        meeting(false, "Ïda Ëlberg");
        Phone guesser = meeting.phone();
        String wrong = meeting.page.joinCode().equals("000000") ? "000001" : "000000";
        for (int i = 0; i < Guard.WRONG_PER_ADDRESS; i++) {
            assertEquals(403, guesser.join(wrong).statusCode());
        }
        HttpResponse<String> limited = guesser.join(meeting.page.joinCode());
        assertEquals(429, limited.statusCode(), "even the right code waits once an address guessed too often");
        assertTrue(limited.body().contains("wacht een minuut"), limited.body());
        nothingStored(0);
    }

    @Test
    void answersOutsideTheOpenRoundAreRefusedAndNothingIsStored() throws Exception {
        meeting(false, "Ïda Ëlberg", "Bram Bos");
        Phone ida = meeting.phone().joinAs(meeting.page.joinCode(), "Ïda Ëlberg");
        String csrf = ida.csrf();
        HttpResponse<String> early = ida.post("/answer", Map.of("csrf", csrf, "item", "1", "step", "2"));
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("kan nu niet met de telefoon"), early.body());
        nothingStored(1);

        meeting.phones.open(meeting.id(), ItemNo.of(1), false);
        meeting.sessions.reveal(meeting.id(), ItemNo.of(1));
        assertEquals(409, ida.post("/answer", Map.of("csrf", csrf, "item", "1", "step", "2")).statusCode());
        // An item not on the table, and one that does not exist.
        assertEquals(409, ida.post("/answer", Map.of("csrf", csrf, "item", "2", "step", "2")).statusCode());
        assertEquals(400, ida.post("/answer", Map.of("csrf", csrf, "item", "99", "step", "2")).statusCode());
        assertEquals(400, ida.post("/answer", Map.of("csrf", csrf, "item", "één", "step", "2")).statusCode());
        // A number below the first item gets the same sentence as one past the last (not a server error).
        for (String below : List.of("0", "-1")) {
            HttpResponse<String> answer = ida.post("/answer", Map.of("csrf", csrf, "item", below, "step", "2"));
            assertEquals(400, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("Er is geen item " + below + ";"), answer.body());
            HttpResponse<String> argument = ida.post("/argument", Map.of("csrf", csrf, "item", below, "text", "Te vroeg"));
            assertEquals(400, argument.statusCode(), argument.body());
            assertTrue(argument.body().contains("Er is geen item " + below + ";"), argument.body());
        }
        nothingStored(1);
        assertTrue(meeting.sessions.votes(meeting.id(), ItemNo.of(2), 1).isEmpty());
    }

    @Test
    void aHugeBodyIsRefusedWithoutBeingReadAndNothingIsStored() throws Exception {
        Phone ida = firstMemberAnswering("Ïda Ëlberg");
        String csrf = ida.csrf();
        URI at = URI.create(meeting.page.address());
        String prefix = Phone.form(Map.of("csrf", csrf, "item", "1", "step", "3")) + "&pad=";
        int tenMegabytes = 10 * 1024 * 1024;

        // Declared as 10 MB: refused as soon as the headers are read, before any of the body.
        String head = "POST /answer HTTP/1.1\r\nHost: " + at.getAuthority() + "\r\nOrigin: " + ida.origin
                + "\r\nCookie: beraad=" + ida.token + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + tenMegabytes + "\r\n\r\n";
        String declared = raw(at, head + prefix, 5_000);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.toLowerCase().contains("content-security-policy: default-src 'none'"), declared);

        // Sent without a length (chunked): read only until it passes the limit.
        StringBuilder chunked = new StringBuilder(head.replace("Content-Length: " + tenMegabytes,
                "Transfer-Encoding: chunked"));
        String body = prefix + "x".repeat(100 * 1024);
        chunked.append(Integer.toHexString(body.length())).append("\r\n").append(body).append("\r\n");
        String streamed = raw(at, chunked.toString(), 5_000);
        assertTrue(streamed.startsWith("HTTP/1.1 413"), streamed);

        // A real 10 MB body from a client that sends it all: refused (the server may cut the
        // connection after its answer), and the server goes on.
        byte[] huge = (prefix + "x".repeat(tenMegabytes)).getBytes(StandardCharsets.US_ASCII);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(ida.request("/answer")
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", ida.origin)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());
        } catch (IOException cut) {
            // The connection was closed after the refusal, before the client finished sending.
        }
        assertTrue(meeting.votes(ItemNo.of(1)).isEmpty(), "nothing of a too large answer is stored");
        assertEquals(200, ida.get("/").statusCode(), "the server answers on");
        assertEquals(303, ida.answer(1, Map.of("step", "3")).statusCode());
        assertEquals(1, meeting.votes(ItemNo.of(1)).size());
    }

    @Test
    void malformedRequestsUnknownPathsAndWrongMethodsGetACleanErrorAndTheServerGoesOn() throws Exception {
        meeting(false, "Ïda Ëlberg");
        URI at = URI.create(meeting.page.address());
        String host = "Host: " + at.getAuthority() + "\r\n";
        assertTrue(raw(at, "GARBAGE\r\n\r\n", 3_000).startsWith("HTTP/1.1 400"));
        assertTrue(raw(at, "GET /%zz HTTP/1.1\r\n" + host + "\r\n", 3_000).startsWith("HTTP/1.1 400"));
        assertTrue(raw(at, "POST /join HTTP/1.1\r\n" + host + "Content-Length: lots\r\n\r\n", 3_000)
                .startsWith("HTTP/1.1 400"));
        assertTrue(raw(at, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", 3_000)
                .startsWith("HTTP/1.1 400"), "a page asked for under another name (DNS rebinding) is refused");
        assertTrue(raw(at, "GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", 3_000).startsWith("HTTP/1.1 400"));
        raw(at, "\u0000\u0001\u0002\r\n\r\n", 3_000);
        Phone phone = meeting.phone();
        HttpResponse<String> unknown = phone.get("/../etc/passwd");
        assertEquals(404, unknown.statusCode());
        assertEquals(404, phone.get("/admin").statusCode());
        assertEquals(405, phone.get("/answer").statusCode());
        assertEquals(405, phone.send(phone.request("/").method("DELETE", HttpRequest.BodyPublishers.noBody()).build())
                .statusCode());
        assertEquals(415, phone.send(phone.request("/join").header("Origin", phone.origin)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("code=1")).build())
                .statusCode());
        assertEquals(400, phone.post("/join", Map.of("code", "%", "nonce", "%zz")).statusCode());
        for (HttpResponse<String> r : phone.seen) {
            assertTrue(r.body().contains("role=\"alert\""), r.uri() + ": " + r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertEquals(200, phone.get("/").statusCode(), "the server answers on");
        nothingStored(0);
    }

    @Test
    void aSlowClientIsCutOffAndDoesNotHoldUpOthers() throws Exception {
        meeting(false, "Ïda Ëlberg");
        URI at = URI.create(meeting.page.address());
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Socket s = new Socket(at.getHost(), at.getPort());
            s.getOutputStream().write(("POST /join HTTP/1.1\r\nHost: " + at.getAuthority()
                    + "\r\nContent-Length: 100\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ncode=1")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            slow.add(s);
        }
        Socket silent = new Socket(at.getHost(), at.getPort());
        silent.getOutputStream().write("GET / HT".getBytes(StandardCharsets.US_ASCII));
        slow.add(silent);
        Phone phone = meeting.phone();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            assertEquals(200, phone.get("/").statusCode());
            // well below the time limit the half requests would hold a blocked server for
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(PhoneServer.MAX_REQUEST_SECONDS - 2),
                    "others are served at once");
        }
        // The half requests are cut off after the server's time limit.
        for (Socket s : slow) {
            s.setSoTimeout((PhoneServer.MAX_REQUEST_SECONDS + 5) * 1000);
            try (InputStream in = s.getInputStream()) {
                long start = System.nanoTime();
                int read = drain(in);
                assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(PhoneServer.MAX_REQUEST_SECONDS + 3));
                assertTrue(read >= 0);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("a half request held its connection past the time limit", e);
            } catch (IOException reset) {
                // closed by the server: what was wanted
            }
            s.close();
        }
        nothingStored(0);
    }

    private static int drain(InputStream in) throws IOException {
        int total = 0;
        byte[] buffer = new byte[4096];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }

    @Test
    void beforeTheRevealNoResponseTellsAnothersAnswerOrACount() throws Exception {
        meeting(false, "Ïda Ëlberg", "Bram Bos", "Cor de Wit");
        Phone ida = meeting.phone().joinAs(meeting.page.joinCode(), "Ïda Ëlberg");
        Phone bram = meeting.phone().joinAs(meeting.page.joinCode(), "Bram Bos");
        meeting.phones.open(meeting.id(), ItemNo.of(1), true);
        ida.seen.clear(); // from here on: only what Ida's phone is sent once it is hers (the name page lists names)
        List<String> paths = List.of("/", "/argument", "/?sent=answer");
        Map<String, String> before = pages(ida, paths);

        assertEquals(303, bram.answer(1, Map.of("step", "5")).statusCode());
        Participant cor = meeting.sessions.participants(meeting.id()).get(2);
        meeting.sessions.vote(meeting.id(), ItemNo.of(1), cor, nl.beraad.domain.Position.step(1), nl.beraad.domain.VoteMethod.IN_TURN);
        assertEquals(303, bram.post("/argument", Map.of("csrf", bram.csrf(), "item", "1", "text", "Bram zegt dit",
                "side", "b")).statusCode());

        // Ida's pages are exactly what they were: nothing of Bram's or Cor's answers reached them.
        assertEquals(before, pages(ida, paths));
        for (HttpResponse<String> r : ida.seen) {
            String body = r.body();
            assertFalse(body.contains("Bram") || body.contains("Cor de Wit"), "another's name on Ida's page: " + body);
            assertFalse(body.contains("class=\"result\"") || body.contains("kozen") || body.contains("stemmen"),
                    "a count before the reveal: " + body);
        }
        assertEquals(303, ida.answer(1, Map.of("step", "3")).statusCode());
        assertFalse(ida.get("/").body().contains("class=\"result\""));

        meeting.sessions.reveal(meeting.id(), ItemNo.of(1));
        assertTrue(ida.get("/").body().contains("class=\"result\""), "after the reveal the result is shown");
    }

    private static Map<String, String> pages(Phone phone, List<String> paths) throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String p : paths) {
            out.put(p, phone.get(p).body());
        }
        return out;
    }

    @Test
    void anAnonymousSessionSendsNoNameOfAnyMember() throws Exception {
        String[] members = {"Ïda Ëlberg", "Bram Bos", "Cor de Wit"};
        meeting(true, members);
        Phone phone = meeting.phone();
        HttpResponse<String> joined = phone.join(meeting.page.joinCode());
        assertEquals(303, joined.statusCode());
        String page = phone.get("/").body();
        assertFalse(page.contains("name=\"participant\""), "no names to choose from: " + page);
        meeting.phones.open(meeting.id(), ItemNo.of(1), true);
        assertEquals(303, phone.answer(1, Map.of("step", "2")).statusCode());
        phone.get("/argument");
        phone.post("/name", Map.of("csrf", phone.csrf(), "participant",
                meeting.sessions.participants(meeting.id()).get(0).id().toString()));
        assertEquals(303, phone.post("/argument", Map.of("csrf", phone.csrf(), "item", "1", "text", "Zonder naam",
                "anonymous", "1")).statusCode());
        phone.get("/nope");
        meeting.sessions.reveal(meeting.id(), ItemNo.of(1));
        phone.get("/");
        for (HttpResponse<String> r : phone.seen) {
            for (String m : members) {
                for (String part : m.split(" ")) {
                    if (part.length() > 3) {
                        assertFalse(r.body().toLowerCase().contains(part.toLowerCase()),
                                "'" + part + "' sent in an anonymous session: " + r.body());
                    }
                }
            }
        }
        assertEquals(1, meeting.votes(ItemNo.of(1)).size());
    }

    /** Sends raw bytes and returns what the server answered before it closed or went quiet. */
    private static String raw(URI at, String request, int quietMillis) throws IOException {
        try (Socket s = new Socket(at.getHost(), at.getPort())) {
            s.setSoTimeout(quietMillis);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException cut) {
                // the server may answer and close before all was sent
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                InputStream in = s.getInputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    got.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException quiet) {
                // kept open: what came is the answer
            } catch (IOException reset) {
                // closed hard after the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    static Duration seconds(int n) {
        return Duration.ofSeconds(n);
    }
}
