package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.beraad.text.Messages;
import nl.beraad.web.PhoneServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting screen with the real vote page: a phone joins over HTTP with the code the screen shows,
 * the QR code decodes to the address it reached, and its answer is on the screen within a second
 * without a key.
 */
@Timeout(120)
class PhonesOverHttpScreenTest {
    @TempDir
    Path dir;

    @Test
    void aPhoneThatAnswersOverHttpIsOnTheScreenWithinASecondWithoutAKey() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.phonePage(new PhoneServer(d.service, d.phones, Messages.forLanguage("nl"), "127.0.0.1", 0));
            d.startScpMeeting("Anouk de Vries", "José Öztürk");
            d.key('t').key('o');
            String address = QrReading.decode(QrReading.cells(80, 24, d::at), QrReading.Theme.DARK, "phones-http");
            assertTrue(address.matches("http://127\\.0\\.0\\.1:\\d+/"), address);
            assertTrue(d.text().contains(address), "the address in text is the one in the code:\n" + d.text());
            String code = find(Pattern.compile("Deelnamecode: (\\S+)"), d.text());

            HttpPhone phone = new HttpPhone(address);
            String join = phone.get("/");
            assertEquals(303, phone.post("/join", Map.of("code", code, "nonce", find(NONCE, join))).statusCode());
            String names = phone.get("/");
            Matcher anouk = Pattern.compile("value=\"(\\d+)\"[^>]*> <label for=\"p\\d+\">Anouk de Vries<").matcher(names);
            assertTrue(anouk.find(), names);
            assertEquals(303, phone.post("/name", Map.of("csrf", find(CSRF, names), "participant", anouk.group(1)))
                    .statusCode());
            d.press(com.googlecode.lanterna.input.KeyType.Escape);

            d.live();
            String form = phone.get("/");
            assertEquals(303, phone.post("/answer", Map.of("csrf", find(CSRF, form), "item", "1", "step", "2"))
                    .statusCode());
            long shown = d.waitFor("Gekozen (1 van 2): Anouk de Vries", 1000);
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 1 van 2 gestemd"), d.text());
            assertTrue(shown < 1000, shown + " ms");
            d.waitFor("Telefoons mogen antwoorden · 1 verbonden (T)", 1000);
            d.stopLive();
        }
    }

    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), p + " in:\n" + text);
        return m.group(1);
    }

    /** A phone's browser, as little of one as this test needs: its cookie, its Origin, no redirects followed. */
    private static final class HttpPhone {
        private final String address;
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private String cookie;

        HttpPhone(String address) {
            this.address = address;
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(address).resolve(path)).GET()).body();
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(address).resolve(path))
                    .header("Origin", address.substring(0, address.length() - 1))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            return response;
        }
    }
}
