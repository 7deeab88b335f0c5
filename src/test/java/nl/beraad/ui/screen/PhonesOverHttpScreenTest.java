package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beraad.support.Phone;
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

            Phone phone = new Phone(address);
            phone.join(code);
            phone.name("Anouk de Vries");
            if (Boolean.getBoolean("docs.update")) {
                // scripts/pictures: the README's picture of the phones page, with a phone that joined.
                d.press(com.googlecode.lanterna.input.KeyType.F1).press(com.googlecode.lanterna.input.KeyType.F1);
                assertTrue(d.text().contains("Anouk de Vries"), d.text());
                d.picture(Path.of("src/docs/phones-screen.png"));
            }
            d.press(com.googlecode.lanterna.input.KeyType.Escape);

            d.live();
            Phone.Form form = phone.form();
            assertEquals(303, phone.answer(form, form.values().indexOf("2")).statusCode());
            // Drawn without a key, within the second the issue asks for (typically some tens of ms).
            long shown = d.waitFor("Gekozen (1 van 2): Anouk de Vries", 1000);
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 1 van 2 gestemd"), d.text());
            assertTrue(shown < 1000, shown + " ms");
            d.waitFor("Telefoons mogen antwoorden · 1 verbonden (T)", 5000);
            d.stopLive();
        }
    }

    private static String find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), p + " in:\n" + text);
        return m.group(1);
    }
}
