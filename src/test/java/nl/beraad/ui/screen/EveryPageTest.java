package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.SessionId;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the meeting screen, at the smallest supported window and a projector-sized one:
 * its title bar, its own content and its key bar, as a person would read them.
 */
@Timeout(60)
class EveryPageTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "160, 50"})
    void everyPageShowsItsTitleContentAndKeys(int columns, int rows) throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, columns, rows, "nl").phonePage(new FakePhonePage()).open()) {
            page(d, rows, " Beraad", "Nog geen sessies.", " Enter hervatten");

            d.key('n');
            page(d, rows, " Kies een dilemmaset", "Vier dilemma's in het sociaal domein", " Enter beginnen");
            for (int i = 0; i < 3; i++) {
                d.press(KeyType.ArrowDown);
            }
            page(d, rows, " Kies een dilemmaset", " 1. Eigen kracht (dilemma)", " Enter beginnen");

            d.enter();
            page(d, rows, " Deelnemers: Vier dilemma's", "Typ de naam van een deelnemer", " Enter toevoegen");
            d.line("Anouk de Vries").line("José Öztürk").line("Ïda Ëlberg");
            page(d, rows, " Deelnemers: Vier dilemma's", "3. Ïda Ëlberg", " Enter toevoegen");

            d.enter();
            page(d, rows, " Item 1/4 · Eigen kracht · ronde 1: 0 van 3 gestemd",
                    "Pool A: Inwoners en hun omgeving zijn eerst zelf aan zet", " S om de beurt");

            d.key('s');
            page(d, rows, " Eigen kracht · ronde 1: 0 van 3 gestemd", "Geef het toetsenbord aan:", " Enter klaar");
            d.enter();
            page(d, rows, " Eigen kracht · ronde 1: 0 van 3 gestemd", "Keuze van Anouk de Vries", " Enter vastleggen");
            d.line("1").press(KeyType.Escape);

            d.key('n');
            page(d, rows, " Eigen kracht · op naam · ronde 1: 1 van 3 gestemd", "José Öztürk", " ");
            d.press(KeyType.ArrowDown).line("4").line("m").press(KeyType.Escape);

            d.key('o');
            page(d, rows, " Uitslag item 1: Eigen kracht", "1 deelnemer koos voor A, 1 voor B, 1 in het midden.", " ");
            d.key('2').key('h');
            page(d, rows, " Eigen kracht · handopsteken · ronde 2", "> 1 sterk A", " Enter vastleggen");
            d.line("2").press(KeyType.ArrowDown).press(KeyType.ArrowDown).press(KeyType.ArrowDown).line("1")
                    .press(KeyType.Escape).key('o');
            page(d, rows, " Uitslag item 1: Eigen kracht", "Uitslag ronde 2", " ");
            d.press(KeyType.Escape);

            d.key('a');
            page(d, rows, " Gesprek · item 1: Eigen kracht · tijd 3:00 (stil)", "Er zijn nog geen argumenten bij dit item.", " Enter vastleggen");
            // Arguments are typed here, so '?' is a character and F1 is the help key.
            assertTrue(d.rows().get(rows - 1).endsWith("Esc naar het item   F1 hulp"),
                    "the way back is always in the key bar: " + d.rows().get(rows - 1));
            d.line("Ïda: Zonder netwerk geen eigen kracht.");
            page(d, rows, " Gesprek", "[A] Ïda Ëlberg: Zonder netwerk geen eigen kracht.", " Enter vastleggen");
            d.press(KeyType.Escape);

            d.phones.propose(d.phones.name(d.phones.join(new SessionId(1), "hash"), d.service.participants(new SessionId(1)).get(0).id()), ItemNo.of(1),
                    nl.beraad.domain.Side.B, "Eerst de wachtlijst.", false);
            d.key('a');
            page(d, rows, " Gesprek", "Een voorstel van een telefoon, nog niet getoond.", " Enter vastleggen");
            d.ctrl('o');
            page(d, rows, " Voorstellen van telefoons · item 1: Eigen kracht", "> [B] Anouk de Vries: Eerst de wachtlijst.",
                    " Enter aannemen");
            d.press(KeyType.Escape).press(KeyType.Escape);

            d.key('t');
            page(d, rows, " Telefoons · item 1: Eigen kracht", "Deelnamecode: 4821", " O ronde openen");
            d.press(KeyType.Escape);

            d.key('c');
            page(d, rows, " Conclusie bij item 1: Eigen kracht", "> Conclusie of advies", " Tab volgend veld");
            d.type("Maatwerk blijft nodig.").press(KeyType.Escape);

            d.key('v');
            page(d, rows, " Overzicht: Vier dilemma's in het sociaal domein (SCP, 2022) (3 deelnemers)",
                    "1. Eigen kracht", " Enter naar dit item");
            d.press(KeyType.Escape);

            d.key('d');
            page(d, rows, " Deelnemers: Vier dilemma's", "1. Anouk de Vries", " Enter toevoegen");
            d.enter();

            d.key('?');
            page(d, rows, " Item 1/4", "Druk een toets om dit venster te sluiten.", " S om de beurt");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "160, 50"})
    void theOpenQuestionPagesShowTheQuestionAndItsAnswers(int columns, int rows) throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, columns, rows, "nl").open()) {
            d.key('n').press(KeyType.ArrowDown).press(KeyType.ArrowDown).enter().line("Anouk").line("José").enter();
            page(d, rows, " Item 1/5 · Waar worstelt u mee? · 0 antwoorden", "Vraag: Waar worstelt u als raadslid",
                    " S antwoorden om de beurt");
            d.key('s');
            page(d, rows, " Antwoorden om de beurt · item 1: Waar worstelt u mee? · 1 van 2", "Antwoord van Anouk: _",
                    " Enter vastleggen");
            d.line("Te weinig zicht op de uitvoering.");
            page(d, rows, " Antwoorden om de beurt", "- Anouk: Te weinig zicht op de uitvoering.", " Enter vastleggen");
            d.press(KeyType.Escape).key('a');
            page(d, rows, " Antwoorden · item 1: Waar worstelt u mee?", "Anouk: Te weinig zicht op de uitvoering.",
                    " Enter vastleggen");
        }
    }

    /**
     * The title bar starts with the title, the body holds the content, the key bar starts with the
     * keys and ends with the help key that works on this page ('?', or F1 where '?' is typed).
     */
    private static void page(ScreenDriver d, int rows, String title, String content, String keys) {
        List<String> shown = d.rows();
        assertEquals(rows, shown.size());
        assertTrue(shown.get(0).startsWith(title), "title: " + shown.get(0) + "\n" + d.text());
        assertTrue(shown.subList(1, rows - 1).stream().anyMatch(r -> r.contains(content)) || d.text().contains(content),
                "content '" + content + "':\n" + d.text());
        assertTrue(shown.get(rows - 1).startsWith(keys), "keys: " + shown.get(rows - 1));
        String bar = shown.get(rows - 1).stripTrailing();
        assertTrue(bar.endsWith(" hulp"), "help key: " + bar);
        String helpKey = bar.substring(bar.lastIndexOf("   ") + 3, bar.length() - " hulp".length());
        if (d.text().contains(" Toetsen ")) {
            return; // the help itself is the page being checked
        }
        try {
            for (int press = 0; press < 2; press++) { // the help key opens the help and closes it again
                if (helpKey.equals("F1")) {
                    d.press(KeyType.F1);
                } else {
                    assertEquals("?", helpKey, bar);
                    d.key('?');
                }
                assertEquals(press == 0, d.text().contains(" Toetsen "), "'" + helpKey + "' pressed " + (press + 1)
                        + "x:\n" + d.text());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(d.rows().get(0).startsWith(title), "the same page after the help: " + d.rows().get(0));
    }
}
