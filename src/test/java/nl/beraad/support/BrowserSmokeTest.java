package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.opentest4j.AssertionFailedError;

/**
 * The browser-test support itself, against a small page of its own served by the JDK's HTTP server:
 * forms filled and sent with JavaScript on and off, one cookie jar per phone, axe-core finding
 * nothing on a good page and a missing label on a bad one, and a screenshot whose QR code decodes.
 * The phone page's own browser tests stand on these helpers.
 */
class BrowserSmokeTest {
    private static HttpServer server;
    private static String base;
    private static Browser phone;
    private static Browser phoneWithoutJavaScript;
    private static final AtomicInteger PHONES = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", BrowserSmokeTest::serve);
        server.start();
        phone = Browser.phone();
        phoneWithoutJavaScript = Browser.phoneWithoutJavaScript();
    }

    @AfterAll
    static void stop() {
        try (Browser a = phone; Browser b = phoneWithoutJavaScript) {
            server.stop(0);
        }
    }

    @BeforeEach
    void newPhones() {
        phone.forget();
        phoneWithoutJavaScript.forget();
    }

    @Test
    void aFormIsFilledAndSentWithJavaScript() {
        phone.open(base + "/");
        phone.waitForText("JavaScript werkt", Duration.ofSeconds(15));
        phone.fill("Naam", "Anna de Wit").click("Oneens").fill("Kleur", "Blauw").click("Anoniem").submit();
        assertTrue(phone.text().contains("Dank je, Anna de Wit: Oneens, Blauw, anoniem."), phone.text());
        assertTrue(phone.click("Opnieuw").text().contains("Wat vindt u?"), phone.text());
    }

    @Test
    void aFormIsFilledAndSentWithoutJavaScript() {
        phoneWithoutJavaScript.open(base + "/");
        assertTrue(phoneWithoutJavaScript.text().contains("Wat vindt u?"), phoneWithoutJavaScript.text());
        assertFalse(phoneWithoutJavaScript.text().contains("JavaScript werkt"), "the page's script ran anyway");
        phoneWithoutJavaScript.fill("Naam", "Bram").click("Eens").fill("Kleur", "Rood").click("Anoniem")
                .click("Anoniem").click("Verstuur");
        assertTrue(phoneWithoutJavaScript.text().contains("Dank je, Bram: Eens, Rood, met naam."),
                phoneWithoutJavaScript.text());
        assertTrue(phoneWithoutJavaScript.click("Opnieuw").text().contains("Wat vindt u?"), phoneWithoutJavaScript.text());
    }

    @Test
    void eachPhoneKeepsItsOwnCookieUntilItIsForgotten() {
        int first = phoneNumber(phone.open(base + "/"));
        int other = phoneNumber(phoneWithoutJavaScript.open(base + "/"));
        assertNotEquals(first, other, "two browsers must be two phones");
        assertEquals(first, phoneNumber(phone.reload()), "a reload keeps the phone's cookie");
        Cookie cookie = phone.cookies().stream().filter(c -> c.getName().equals("telefoon")).findFirst().orElseThrow();
        assertTrue(cookie.isHttpOnly());
        assertEquals("Strict", cookie.getSameSite());
        assertNotEquals(first, phoneNumber(phone.forget().open(base + "/")), "a forgotten phone gets a new cookie");
    }

    @Test
    void axeFindsNothingSeriousOnTheGoodPageWithOrWithoutJavaScript() {
        assertEquals(List.of(), phone.open(base + "/").axe());
        assertEquals(List.of(), phoneWithoutJavaScript.open(base + "/").axe());
    }

    @Test
    void axeFindsAFieldWithoutLabelWithOrWithoutJavaScript() {
        for (Browser browser : List.of(phone, phoneWithoutJavaScript)) {
            List<Browser.Violation> found = browser.open(base + "/slecht").axe();
            assertTrue(found.stream().anyMatch(v -> v.rule().equals("label") && v.elements().contains("[#zonder]")),
                    found.toString());
        }
    }

    @Test
    void theGoodPageLoadsNothingFromElsewhereHasLargeTargetsAndLogsNoErrors() {
        phone.open(base + "/").waitForText("JavaScript werkt", Duration.ofSeconds(15));
        assertTrue(phone.resources().stream().allMatch(r -> r.startsWith(base + "/")), phone.resources().toString());
        assertTrue(phone.resources().contains(base + "/qr.png"), phone.resources().toString());
        assertEquals(List.of(), phone.targetsSmallerThan(44));
        assertEquals(List.of(), phone.consoleErrors());
    }

    @Test
    void aBadPageShowsItsForeignResourceAndSmallTarget() {
        phone.open(base + "/slecht");
        assertTrue(phone.resources().stream().anyMatch(r -> r.startsWith("http://localhost:")), phone.resources().toString());
        List<String> small = phone.targetsSmallerThan(44);
        assertTrue(small.stream().anyMatch(t -> t.startsWith("a \"x\" (")), small.toString());
    }

    @Test
    void aScriptTheContentSecurityPolicyRefusesIsAConsoleError() {
        phone.consoleErrors();
        phone.open(base + "/streng");
        assertTrue(phone.text().contains("Zonder script"), phone.text());
        List<String> errors = phone.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), errors.toString());
    }

    @Test
    void theScreenshotIsAPhoneScreenWhoseQrCodeDecodes() throws IOException {
        // Kept in target/ to be looked at: this is how the README's picture of the phone page is made.
        Path png = phone.open(base + "/").screenshot(Path.of("target", "browser-smoke", "telefoon.png"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Browser.WIDTH, image.getWidth());
        assertEquals(Browser.HEIGHT, image.getHeight());
        assertEquals(base + "/", QrCodes.decode(image));
    }

    @Test
    void qrCellsDecodeOnlyWithTheirQuietZone() {
        boolean[][] cells = QrCodes.encode("http://192.0.2.7:8080/");
        assertEquals("http://192.0.2.7:8080/", QrCodes.decode(QrCodes.picture(cells, 2)));
        boolean[][] dark = new boolean[cells.length][cells.length];
        for (boolean[] row : dark) {
            Arrays.fill(row, true);
        }
        assertThrows(AssertionFailedError.class, () -> QrCodes.decode(QrCodes.picture(dark, 2)));
    }

    @Test
    void aLookupThatFindsNothingFailsAndSaysWhatThePageOffers() {
        phone.open(base + "/");
        AssertionFailedError noField = assertThrows(AssertionFailedError.class, () -> phone.fill("E-mail", "x"));
        assertTrue(noField.getMessage().contains("[Naam, Eens, Oneens, Kleur, Anoniem]"), noField.getMessage());
        AssertionFailedError noButton = assertThrows(AssertionFailedError.class, () -> phone.click("Opslaan"));
        assertTrue(noButton.getMessage().contains("Verstuur"), noButton.getMessage());
        AssertionFailedError twoButtons = assertThrows(AssertionFailedError.class, () -> phone.click("↑"));
        assertTrue(twoButtons.getMessage().startsWith("2 button, link or label \"↑\""), twoButtons.getMessage());
    }

    @Test
    void aButtonIsAlsoFoundByItsAriaLabel() {
        phone.open(base + "/").click("Zorg hoger");
        phone.waitForText("Zorg hoger gekozen", Duration.ofSeconds(15));
    }

    private static int phoneNumber(Browser browser) {
        Matcher m = Pattern.compile("Telefoon (\\d+)").matcher(browser.text());
        assertTrue(m.find(), browser.text());
        return Integer.parseInt(m.group(1));
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String cookie = exchange.getRequestHeaders().getFirst("Cookie");
            String number = cookie == null ? null : cookie.replaceAll(".*telefoon=(\\d+).*", "$1");
            if (number == null || !number.matches("\\d+")) {
                number = String.valueOf(PHONES.incrementAndGet());
                exchange.getResponseHeaders().add("Set-Cookie", "telefoon=" + number + "; Path=/; HttpOnly; SameSite=Strict");
            }
            switch (path) {
                case "/" -> send(exchange, "text/html", page("Vraag", FORM.replace("{n}", number)));
                case "/antwoord" -> send(exchange, "text/html", page("Ontvangen", "<p>Dank je, "
                        + answer(exchange) + ".</p><p>Telefoon " + number + "</p><p><a href=\"/\">Opnieuw</a></p>"));
                case "/slecht" -> send(exchange, "text/html", page("Slecht", "<form><input id=\"zonder\"></form>"
                        + "<p><a href=\"/\">x</a></p><img src=\"http://localhost:" + server.getAddress().getPort()
                        + "/qr.png\" alt=\"QR-code van elders\">"));
                case "/streng" -> {
                    exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
                    send(exchange, "text/html", page("Streng", "<p id=\"live\">Zonder script</p>"
                            + "<script>document.getElementById('live').textContent = 'Met script';</script>"));
                }
                case "/qr.png" -> send(exchange, "image/png", png(QrCodes.picture(QrCodes.encode(base + "/"), 4)));
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private static String answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return escape(form.getOrDefault("naam", "?")) + ": " + escape(form.getOrDefault("keuze", "?")) + ", "
                + escape(form.getOrDefault("kleur", "?")) + (form.containsKey("anoniem") ? ", anoniem" : ", met naam");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String FORM = """
            <h1>Wat vindt u?</h1>
            <p>Telefoon {n}</p>
            <form method="post" action="/antwoord">
              <p><label for="naam">Naam</label> <input id="naam" name="naam" autocomplete="name"></p>
              <fieldset><legend>Uw keuze</legend>
                <label><input type="radio" name="keuze" value="Eens"> Eens</label>
                <label><input type="radio" name="keuze" value="Oneens"> Oneens</label>
              </fieldset>
              <p><label>Kleur <select name="kleur"><option>Rood</option><option>Blauw</option></select></label></p>
              <p><label><input type="checkbox" name="anoniem"> Anoniem</label></p>
              <p><button>Verstuur</button></p>
            </form>
            <p><img src="/qr.png" alt="QR-code met het adres van deze pagina"></p>
            <p><button type="button" aria-label="Wonen hoger">↑</button> <button type="button" aria-label="Zorg hoger">↑</button></p>
            <p id="live"></p>
            <p id="script"></p>
            <script>
              // The timer has its own element: a click before it fires must not be overwritten.
              const live = document.getElementById('live');
              setTimeout(() => { document.getElementById('script').textContent = 'JavaScript werkt'; }, 200);
              document.querySelectorAll('button[type=button]').forEach(b => b.addEventListener('click', () => {
                live.textContent = b.getAttribute('aria-label') + ' gekozen';
              }));
            </script>
            """;

    // Targets of at least 44 CSS pixels; a radio button's label is its target.
    private static final String STYLE = """
            <style>
              body { font: 18px/1.4 sans-serif; }
              label, button, select, input, a { min-height: 44px; min-width: 44px; box-sizing: border-box; }
              label { display: inline-flex; align-items: center; gap: 8px; }
              input[type=radio], input[type=checkbox] { min-height: 0; min-width: 0; width: 22px; height: 22px; }
            </style>
            """;

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title>" + (title.equals("Vraag") ? STYLE : "") + "</head><body><main>" + body + "</main></body></html>";
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, String type, String html) throws IOException {
        send(exchange, type + "; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
