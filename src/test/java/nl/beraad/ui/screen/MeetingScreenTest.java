package nl.beraad.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Vote;
import nl.beraad.domain.VoteMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen meeting UI on a virtual terminal: what a board sees at each step, and what is stored. */
@Timeout(60)
class MeetingScreenTest {
    /** Sets are listed by id; the SCP set is the fourth. */
    private static final int SCP_SET = 3;

    @TempDir
    Path dir;

    @Test
    void homeWithoutSessionsSaysHowToStartAndShowsTheKeys() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            List<String> rows = d.rows();

            assertEquals(" Beraad", rows.get(0).stripTrailing());
            assertTrue(d.text().contains("Nog geen sessies. Druk N om een sessie te beginnen met een dilemmaset."),
                    d.text());
            assertTrue(rows.get(23).startsWith(" Enter hervatten   N nieuwe sessie   E verslag"), rows.get(23));
            assertTrue(rows.get(23).contains("? hulp"), rows.get(23));
        }
    }

    @Test
    void aMeetingFromTheHomePageTakesPositionsInTurnAndRevealsThem() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n');
            assertTrue(d.text().contains("Kies een dilemmaset"), d.text());
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            assertTrue(d.text().contains("> Vier dilemma's in het sociaal domein (SCP, 2022)  (4)"), d.text());
            assertTrue(d.text().contains(" 1. Eigen kracht (dilemma)"), d.text());

            d.enter().line("Anouk de Vries").line("José Öztürk");
            assertTrue(d.text().contains("Deelnemers (2):"), d.text());
            assertTrue(d.text().contains("2. José Öztürk"), d.text());

            d.enter();
            String item = d.text();
            assertTrue(item.startsWith(" Item 1/4 · Eigen kracht · ronde 1: 0 van 2 gestemd"), item);
            assertTrue(item.contains("Pool A: Inwoners en hun omgeving zijn eerst zelf aan zet"), item);

            d.key('s');
            assertTrue(d.text().contains("Geef het toetsenbord aan:"), d.text());
            assertTrue(d.text().contains("Anouk de Vries"), d.text());
            d.enter();
            assertTrue(d.text().contains("Keuze van Anouk de Vries"), d.text());
            assertTrue(d.text().contains("1 sterk A · 2 A · 3 midden · 4 B · 5 sterk B · o onthouding"), d.text());
            d.line("9");
            // Not repeated: what a member types in turn is secret, also when it is refused (issue 11).
            assertTrue(d.text().contains("Dat is geen geldig antwoord;"), d.text());
            d.line("A+");
            // The next person gets a blank hand-over screen: nothing of the previous choice is visible.
            String handover = d.text();
            assertTrue(handover.contains("José Öztürk"), handover);
            assertFalse(handover.contains("A+") || handover.contains("sterk A"), handover);
            d.enter().line("b");

            assertTrue(d.text().contains("Klaar met de beurt: 2 van 2 gestemd. Druk O om te onthullen."), d.text());
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of(1, 4), d.service.votes(id, ItemNo.of(1), 1).stream().map(Vote::position)
                    .map(p -> p.step()).toList());

            d.key('o');
            String reveal = d.text();
            assertTrue(reveal.startsWith(" Uitslag item 1: Eigen kracht"), reveal);
            assertTrue(reveal.contains("1 deelnemer koos voor A, 1 voor B."), reveal);
            assertTrue(reveal.contains("1 sterk A"), reveal);
            assertTrue(reveal.contains("Mediaan: tussen A en midden. Overeenstemming: -0,42 (gepolariseerd)."), reveal);
        }
    }

    @Test
    void theHelpOverlayListsTheKeysOfThePageAndAnyKeyClosesIt() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('?');
            assertTrue(d.text().contains("Toetsen"), d.text());
            assertTrue(d.text().contains("N          nieuwe sessie"), d.text());
            assertTrue(d.text().contains("Druk een toets om dit venster te sluiten."), d.text());

            d.key('x');
            assertFalse(d.text().contains("Toetsen"), d.text());
        }
    }

    @Test
    void pausingReturnsHomeWhereTheSessionCanBeResumedAndExported() throws Exception {
        SessionId id;
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n');
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.enter().line("Anouk").enter().press(KeyType.ArrowRight);
            assertTrue(d.text().startsWith(" Item 2/4 · Prioriteren"), d.text());

            d.press(KeyType.Escape);
            id = d.service.sessions().get(0).session().id();
            assertTrue(d.text().contains("Sessie " + id + " is gepauzeerd; alles is bewaard."), d.text());
            assertTrue(d.text().contains("bij item 2 van 4"), d.text());

            d.key('e');
            assertEquals(List.of(dir.resolve("verslag-" + id + ".md")), d.exported);
            assertTrue(d.text().contains("Verslag geschreven: "), d.text());

            d.enter();
            assertTrue(d.text().startsWith(" Item 2/4 · Prioriteren"), d.text());
        }
    }

    @Test
    void quittingAsksForConfirmation() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('q');
            assertTrue(d.text().contains("Beraad afsluiten? Druk J voor ja"), d.text());
            d.key('n');
            assertTrue(d.isOpen());
            d.key('q').key('j');
            assertFalse(d.isOpen());
        }
    }

    @Test
    void aLargerWindowShowsMoreAndKeepsTheLayout() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n');
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.enter().line("Anouk").enter();
            List<String> small = d.rows();
            assertTrue(small.get(23).startsWith(" S om de beurt"), small.get(23));

            d.resize(160, 50);
            List<String> large = d.rows();
            assertEquals(50, large.size());
            assertTrue(large.get(0).startsWith(" Item 1/4 · Eigen kracht"), large.get(0));
            assertTrue(large.get(49).startsWith(" S om de beurt"), large.get(49));
            assertTrue(d.text().contains("Aandachtspunten:"), d.text());
            assertTrue(large.stream().allMatch(r -> r.length() <= 160));
        }
    }

    @Test
    void theEnglishUiUsesEnglishWords() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "en").open()) {
            assertTrue(d.text().contains("No sessions yet. Press N to start a session"), d.text());
            d.key('n');
            assertTrue(d.text().contains("Choose a dilemma set"), d.text());
        }
    }

    @Test
    void namedPositionsAreSetByTheFacilitatorAndShownOpenly() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk de Vries", "José Öztürk");

            d.key('n');
            assertTrue(d.text().startsWith(" Eigen kracht · op naam · ronde 1: 0 van 2 gestemd"), d.text());
            assertTrue(d.text().contains("Positie van Anouk de Vries: _"), d.text());
            d.line("A+");
            assertTrue(d.text().contains("Anouk de Vries                 1 sterk A"), d.text());
            assertTrue(d.text().contains("Positie van José Öztürk: _"), d.text());
            d.line("9");
            assertTrue(d.text().contains("'9' is geen geldig antwoord."), d.text());
            d.line("o");
            assertTrue(d.text().contains("José Öztürk                    onthouding"), d.text());
            d.press(KeyType.ArrowUp).line("B");
            assertTrue(d.text().contains("Anouk de Vries                 4 B"), d.text());

            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of(4, 0), d.service.votes(id, ItemNo.of(1), 1).stream()
                    .sorted(java.util.Comparator.comparing(Vote::participantId))
                    .map(v -> v.position().step()).toList());
            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 2 van 2 gestemd"), d.text());
        }
    }

    @Test
    void aShowOfHandsCountsHandsPerPositionWithoutNames() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk", "José", "Sjoerd");

            d.key('h');
            assertTrue(d.text().startsWith(" Eigen kracht · handopsteken · ronde 1"), d.text());
            assertTrue(d.text().contains("Aantal handen voor 1 sterk A: _"), d.text());
            d.line("2");
            assertTrue(d.text().contains("  1 sterk A                          2"), d.text());
            d.press(KeyType.ArrowDown).press(KeyType.ArrowDown).line("1");
            d.line("zes");
            assertTrue(d.text().contains("'zes' is geen aantal; typ een heel getal, bijvoorbeeld 4."), d.text());
            assertTrue(d.text().contains("Geteld: 3 handen · 3 deelnemers"), d.text());

            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 3 van 3 gestemd"), d.text());
            d.key('o');
            assertTrue(d.text().contains("Uitslag ronde 1 (3 van 3 deelnemers):"), d.text());
            assertTrue(d.text().contains("2 deelnemers kozen voor A, 1 voor B."), d.text());
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of(), d.service.votes(id, ItemNo.of(1), 1), "a show of hands names nobody");
            assertEquals(2, d.service.record(id).tally(ItemNo.of(1), 1).count(1));
            assertEquals(1, d.service.record(id).tally(ItemNo.of(1), 1).count(4));
        }
    }

    @Test
    void theConclusionMinorityAndActionPointsAreStoredAsTheyAreTyped() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            SessionId id = d.service.sessions().get(0).session().id();

            d.key('c');
            assertTrue(d.text().startsWith(" Conclusie bij item 1: Eigen kracht"), d.text());
            d.type("De raad adviseert maatwerk?");
            // Stored with every key, before anything else happens.
            assertEquals("De raad adviseert maatwerk?", d.service.record(id).conclusion(ItemNo.of(1)).orElseThrow().text());
            d.press(KeyType.Backspace).type(".").press(KeyType.Tab).type("Eén lid wil vaste regels.")
                    .press(KeyType.Tab).type("Wethouder om cijfers vragen").enter().type("Notitie in maart");
            assertTrue(d.text().contains("> Actiepunten (één per regel)"), d.text());
            assertTrue(d.text().contains("Notitie in maart_"), d.text());

            var conclusion = d.service.record(id).conclusion(ItemNo.of(1)).orElseThrow();
            assertEquals("De raad adviseert maatwerk.", conclusion.text());
            assertEquals("Eén lid wil vaste regels.", conclusion.minority());
            assertEquals(List.of("Wethouder om cijfers vragen", "Notitie in maart"), conclusion.actionPoints());

            d.press(KeyType.Escape).key('c');
            assertTrue(d.text().contains("De raad adviseert maatwerk._"), d.text());
            String report = new nl.beraad.report.MarkdownReport(nl.beraad.text.Messages.forLanguage("nl"),
                    java.time.ZoneOffset.UTC, "test").render(d.service.forReport(id), java.time.Instant.EPOCH);
            assertTrue(report.contains("De raad adviseert maatwerk.\n\n**Minderheidsstandpunt:** Eén lid wil vaste "
                    + "regels.\n\n**Actiepunten**\n\n- Wethouder om cijfers vragen\n- Notitie in maart\n"), report);
        }
    }

    @Test
    void theConclusionIsEditedAnywhereWithTheCursorKeys() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals("hidden", d.cursor(), "no cursor on a page without typing");

            d.key('c').type("De raad adviseert.").enter().type("Tweede regel");
            // The cursor stands at the end of the text, in the field, on the second line.
            assertEquals((4 + "Tweede regel".length()) + ",4", d.cursor());
            d.press(KeyType.ArrowUp);
            assertEquals((4 + "Tweede regel".length()) + ",3", d.cursor());
            d.press(KeyType.Home).type("Kort: ");
            d.press(KeyType.End).press(KeyType.ArrowLeft).type(" met klem");
            d.press(KeyType.ArrowDown).press(KeyType.Home).press(KeyType.Delete).type("t");
            assertEquals("Kort: De raad adviseert met klem.\ntweede regel",
                    d.service.conclusion(id, ItemNo.of(1)).orElseThrow().text());
            assertTrue(d.text().contains("    Kort: De raad adviseert met klem.\n    tweede regel\n"), d.text());
            assertEquals("5,4", d.cursor(), "after the t of tweede");

            // Backspace in the middle joins the lines again.
            d.press(KeyType.ArrowLeft).press(KeyType.Backspace).key(' ');
            assertEquals("Kort: De raad adviseert met klem. tweede regel",
                    d.service.conclusion(id, ItemNo.of(1)).orElseThrow().text());
        }
    }

    @Test
    void aTypingErrorInANameIsMendedWithTheCursorKeysAndALongLineScrolls() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 40, 24, "nl").open()) {
            d.key('n');
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.enter().type("Jse Öztrk");
            d.press(KeyType.Home).press(KeyType.ArrowRight).key('o');
            d.press(KeyType.End).press(KeyType.ArrowLeft).press(KeyType.ArrowLeft).key('ü').enter();
            assertTrue(d.text().contains("1. Jose Öztürk"), d.text());

            String long_ = "Mevrouw A.B.C. van der Heijden-Oosterhout namens de Adviesraad";
            d.type(long_);
            assertTrue(d.text().contains("Naam: …") && d.text().contains("Adviesraad_"), "the end is in view: " + d.text());
            d.press(KeyType.Home);
            assertTrue(d.text().contains("Naam: Mevrouw A.B.C. van der Heijde…"), "the start is in view: " + d.text());
            assertEquals(2 + "Naam: ".length() + ",", d.cursor().substring(0, d.cursor().indexOf(',') + 1));
        }
    }

    @Test
    void aLongConclusionWrapsAndTheCursorMovesAlongTheRowsAsShown() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 40, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            SessionId id = d.service.sessions().get(0).session().id();
            // 40 columns: the field is 34 wide, so this wraps after "breed".
            d.key('c').type("Het advies is breed gedragen door de raad en de commissie.");
            String shown = d.text();
            assertTrue(shown.contains("    Het advies is breed gedragen door\n    de raad en de commissie._"), shown);
            d.press(KeyType.ArrowUp).press(KeyType.Home).type("Kortom: ");
            assertTrue(d.service.conclusion(id, ItemNo.of(1)).orElseThrow().text().startsWith("Kortom: Het advies"));
            assertEquals("12,3", d.cursor());
        }
    }

    @Test
    void theDiscussionTakesArgumentsFastKeepsASpeakerQueueAndRunsATimerWhileTyping() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk de Vries", "José Öztürk");
            SessionId id = d.service.sessions().get(0).session().id();

            d.key('a');
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 3:00 (stil)"), d.text());
            d.line("Anouk: Inwoners willen zelf de regie.");
            assertTrue(d.text().contains("[A] Anouk de Vries: Inwoners willen zelf de regie."), d.text());
            d.press(KeyType.Tab).line("Bert: Wie is Bert?");
            assertTrue(d.text().contains("Er is geen deelnemer 'Bert'."), d.text());
            assertTrue(d.text().contains("[B] Bert: Wie is Bert?_"), "kept for correcting: " + d.text());
            d.ctrl('u').line("Wie geen netwerk heeft, valt ertussen.");
            assertTrue(d.text().contains("[B] anoniem: Wie geen netwerk heeft, valt ertussen."), d.text());

            d.type("jose").ctrl('p').type("Anouk").ctrl('p');
            assertTrue(d.text().contains("Sprekers: José Öztürk · Anouk de Vries"), d.text());
            d.ctrl('n');
            assertTrue(d.text().contains("Sprekers: Anouk de Vries"), d.text());

            // Ctrl-N gave Anouk the floor and started her speaking time afresh (issue 11).
            d.type("Ze").wait(61);
            assertTrue(d.text().startsWith(" Gesprek · item 1: Eigen kracht · tijd 1:59"), d.text());
            assertTrue(d.text().contains("[B] Ze_"), "typing goes on while the clock runs: " + d.text());
            d.wait(200);
            assertTrue(d.text().contains("tijd om"), d.text());

            assertEquals(List.of("A|Inwoners willen zelf de regie.", "B|Wie geen netwerk heeft, valt ertussen."),
                    d.service.record(id).arguments(ItemNo.of(1)).stream().map(a -> a.side() + "|" + a.text()).toList());
            assertEquals(List.of("Anouk de Vries"),
                    d.service.speakers(id, ItemNo.of(1)).stream().map(nl.beraad.domain.Participant::name).toList());
        }
    }

    @Test
    void participantsCanBeRenamedMarkedAbsentOrObserverAndRemovedOnlyWhenTheyGaveNothing() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n');
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.enter().line("Anouk").line("Jose").line("Piet").line("Bert");

            d.press(KeyType.ArrowDown).type("José Öztürk").ctrl('r');
            assertTrue(d.text().contains("Jose heet nu José Öztürk."), d.text());
            d.press(KeyType.ArrowDown).ctrl('o');
            assertTrue(d.text().contains("3. Piet (toehoorder)"), d.text());
            d.press(KeyType.ArrowDown).ctrl('x');
            assertTrue(d.text().contains("Bert is verwijderd."), d.text());
            assertFalse(d.text().contains("4. Bert"), d.text());
            d.press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).ctrl('a');
            assertTrue(d.text().contains("1. Anouk (afwezig)"), d.text());

            d.enter();
            assertTrue(d.text().startsWith(" Item 1/4 · Eigen kracht · ronde 1: 0 van 1 gestemd"), d.text());
            d.key('s');
            assertTrue(d.text().contains("José Öztürk"), d.text());
            d.enter().line("2");
            assertTrue(d.text().contains("Klaar met de beurt: 1 van 1 gestemd."), d.text());

            d.key('d').press(KeyType.ArrowDown).ctrl('x');
            assertTrue(d.text().contains("José Öztürk heeft al een positie of argument ingebracht en wordt niet\n"
                    + "  verwijderd; markeer José Öztürk als afwezig."), d.text());
            assertTrue(d.text().contains("2. José Öztürk"), d.text());
        }
    }

    @Test
    void theRevealOfASecondRoundShowsTheShiftBesideTheFirstRound() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 100, 40, "nl").open()) {
            startScpMeeting(d, "Anouk", "José", "Piet");
            d.key('n').line("1").line("5").line("3").press(KeyType.Escape).key('o').key('2');
            assertTrue(d.text().contains("Ronde 2 is geopend."), d.text());
            d.key('n').line("2").line("4").line("3").press(KeyType.Escape).key('o');

            String reveal = d.text();
            assertTrue(reveal.contains("Uitslag ronde 1 (3 van 3 deelnemers):"), reveal);
            assertTrue(reveal.contains("Uitslag ronde 2 (3 van 3 deelnemers):"), reveal);
            assertTrue(reveal.contains("In ronde 2 kozen 2 van 3 deelnemers anders: 1 meer naar A, 1 meer naar B."),
                    reveal);
            assertTrue(reveal.contains("Overeenstemming van\n  -0,28 naar 0,50."), reveal);
        }
    }

    @Test
    void theOverviewShowsWhereEachItemStandsAndJumpsToOne() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk", "José");
            d.key('n').line("1").line("2").press(KeyType.Escape).key('o').press(KeyType.Escape);
            d.key('c').type("Maatwerk.").press(KeyType.Escape);

            d.key('v');
            String overview = d.text();
            assertTrue(overview.startsWith(" Overzicht: Vier dilemma's in het sociaal domein (SCP, 2022) (2 deelnemers)"),
                    overview);
            assertTrue(overview.contains("> * 1. Eigen kracht\n         2 posities, onthuld, 0 argumenten, conclusie: ja"),
                    overview);
            assertTrue(overview.contains("    3. Integraal werken\n         0 posities, niet onthuld, 0 argumenten, "
                    + "conclusie: nee"), overview);

            d.press(KeyType.ArrowDown).press(KeyType.ArrowDown).enter();
            assertTrue(d.text().startsWith(" Item 3/4 · Integraal werken"), d.text());
        }
    }

    @Test
    void anOpenQuestionIsAnsweredInTurnWithTheAnswersInView() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').press(KeyType.ArrowDown).press(KeyType.ArrowDown).enter();
            d.line("Anouk de Vries").line("José Öztürk").line("Piet").enter();
            SessionId id = d.service.sessions().get(0).session().id();
            assertTrue(d.text().startsWith(" Item 1/5 · Waar worstelt u mee? · 0 antwoorden"), d.text());
            assertTrue(d.text().contains("S antwoorden om de beurt"), d.text());
            assertFalse(d.text().contains("H handen"), "no show of hands on a question: " + d.text());

            d.key('s');
            String first = d.text();
            assertTrue(first.startsWith(" Antwoorden om de beurt · item 1: Waar worstelt u mee? · 1 van 3"), first);
            assertTrue(first.contains("Vraag: Waar worstelt u als raadslid in de praktijk het meest mee"), first);
            assertTrue(first.contains("Antwoord van Anouk de Vries: _"), first);

            d.line("De wachtlijsten bij de jeugdzorg.");
            assertTrue(d.text().contains("- Anouk de Vries: De wachtlijsten bij de jeugdzorg."),
                    "answers are not secret and stay in view: " + d.text());
            assertTrue(d.text().contains("Antwoord van José Öztürk: _"), d.text());
            d.enter();
            assertTrue(d.text().contains("José Öztürk overgeslagen."), d.text());
            d.line("Geen zicht op wat werkt.");
            assertTrue(d.text().startsWith(" Item 1/5 · Waar worstelt u mee? · 2 antwoorden"), d.text());

            assertEquals(List.of("De wachtlijsten bij de jeugdzorg.", "Geen zicht op wat werkt."),
                    d.service.arguments(id, ItemNo.of(1)).stream().map(nl.beraad.domain.Argument::text).toList());

            // A second round asks only the one who was skipped.
            d.key('s');
            assertTrue(d.text().contains("Antwoord van José Öztürk: _"), d.text());
            assertTrue(d.text().contains("· 1 van 1"), d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Item 1/5"), d.text());
        }
    }

    @Test
    void aSpeakerCanBeTakenOffTheQueueByName() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk", "José Öztürk", "Piet");
            SessionId id = d.service.sessions().get(0).session().id();
            d.key('a').ctrl('p');
            assertTrue(d.text().contains("Typ eerst een naam in de invoerregel."), d.text());
            d.type("Anouk").ctrl('p').type("jose").ctrl('p').type("Piet").ctrl('p');
            assertTrue(d.text().contains("Sprekers: Anouk · José Öztürk · Piet"), d.text());

            d.type("José").ctrl('x');
            assertTrue(d.text().contains("Sprekers: Anouk · Piet"), d.text());
            d.type("José").ctrl('x');
            assertTrue(d.text().contains("José Öztürk staat niet op de sprekerslijst."), d.text());
            assertEquals(List.of("Anouk", "Piet"),
                    d.service.speakers(id, ItemNo.of(1)).stream().map(nl.beraad.domain.Participant::name).toList());
        }
    }

    @Test
    void colourOnlyMarksTheBarsAndNothingReadsByColourAlone() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').press(KeyType.ArrowDown);
            for (int col = 0; col < 80; col++) {
                for (int row : new int[] {0, 23}) {
                    var cell = d.at(col, row);
                    // Reverse video of blue on white: white on blue in colour, reverse video without.
                    assertTrue(cell.getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE), row + ":" + col);
                    assertEquals(com.googlecode.lanterna.TextColor.ANSI.BLUE, cell.getForegroundColor());
                    assertEquals(com.googlecode.lanterna.TextColor.ANSI.WHITE, cell.getBackgroundColor());
                }
            }
            for (int row = 1; row < 23; row++) {
                for (int col = 0; col < 80; col++) {
                    var cell = d.at(col, row);
                    assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, cell.getForegroundColor(), row + ":" + col);
                    assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, cell.getBackgroundColor(), row + ":" + col);
                }
            }
            // The chosen set reads by its mark and its weight, not by a colour.
            int chosen = d.rows().indexOf(d.rows().stream().filter(r -> r.startsWith("  > ")).findFirst().orElseThrow());
            assertTrue(d.at(4, chosen).getModifiers().contains(com.googlecode.lanterna.SGR.BOLD), d.text());
            int other = chosen + 1;
            assertFalse(d.at(4, other).getModifiers().contains(com.googlecode.lanterna.SGR.BOLD), d.text());
        }
    }

    @Test
    void theShiftIsReachableByScrollingTheRevealOnASmallWindow() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "José", "Ïda");
            d.key('n').line("A+").line("B").press(KeyType.Escape).key('o');
            assertTrue(d.rows().get(23).contains("2 tweede ronde"), d.rows().get(23));
            d.key('2').key('n').line("2").line("3").press(KeyType.Escape).key('o');
            assertFalse(d.text().contains("In ronde 2 kozen"), "below the fold at 80x24: " + d.text());
            assertTrue(d.text().contains("(meer ↓)"), d.text());
            assertFalse(d.rows().get(23).contains("tweede ronde"), "no third round on offer: " + d.rows().get(23));

            for (int i = 0; i < 10; i++) {
                d.press(KeyType.ArrowDown);
            }
            assertTrue(d.text().contains("In ronde 2 kozen 2 van 2 deelnemers anders"), d.text());
            assertFalse(d.text().contains("(meer ↓)"), d.text());
            // Nothing runs into the status rows or the key bar.
            assertTrue(d.rows().get(21).isBlank() && d.rows().get(22).isBlank(), d.text());
        }
    }

    @Test
    void aLongListOfParticipantsKeepsTheChosenOneInViewWithItsMarkWhole() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n');
            for (int i = 0; i < SCP_SET; i++) {
                d.press(KeyType.ArrowDown);
            }
            d.enter().line("Piet Paulusma-van den Berghe");
            d.ctrl('o');
            assertTrue(d.text().contains("> 1. Piet Paulusma-van den Berghe (toehoorder)"), d.text());
            for (int i = 2; i <= 45; i++) {
                d.line("Lid " + i);
            }
            assertTrue(d.text().contains("Deelnemers (45):"), d.text());
            for (int i = 0; i < 44; i++) {
                d.press(KeyType.ArrowDown);
            }
            assertTrue(d.text().contains("> 45. Lid 45"), d.text());
            d.ctrl('a');
            assertTrue(d.text().contains("> 45. Lid 45 (afwezig)"), d.text());
        }
    }

    @Test
    void countsOfOneAreSingular() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            d.key('h').line("1");
            assertTrue(d.text().contains("Geteld: 1 hand · 1 deelnemer"), d.text());
            d.press(KeyType.Escape).key('a').line("Anouk: Eén argument.").press(KeyType.Escape).key('v');
            assertTrue(d.text().contains("(1 deelnemer)"), d.text());
            assertTrue(d.text().contains("1 positie, niet onthuld, 1 argument, conclusie: nee"), d.text());
        }
    }

    @Test
    void theHomePageListsTheNewestSessionsAndSaysWhereTheOlderOnesAre() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            for (int i = 1; i <= HomePage.SHOWN + 5; i++) {
                d.service.start("vng-2012", "Sessie " + i);
            }
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            assertTrue(d.text().contains("> 205  Sessie 205"), d.text());
            assertTrue(d.text().contains("Alleen de 200 nieuwste sessies; oudere: scripts/beraad sessions, resume N."),
                    d.text());
            for (int i = 0; i < HomePage.SHOWN + 10; i++) {
                d.press(KeyType.ArrowDown);
            }
            assertTrue(d.text().contains(">   6  Sessie 6"), "the last one listed is the 200th newest: " + d.text());
            assertFalse(d.text().contains("Sessie 5 "), d.text());
        }
    }

    @Test
    void startOpensTheParticipantsPageFirstSoTypedNamesNeverActAsKeys() throws Exception {
        SessionId id;
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            id = d.service.start("scp-dilemmas-2022", null).id();
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").resume(id)) {
            assertTrue(d.rows().get(0).startsWith(" Deelnemers"), d.rows().get(0));
            // "Otto" starts with O (reveal) and "Sanne" with S (positions in turn) on the item page.
            d.line("Otto").line("Sanne");
            assertEquals(List.of("Otto", "Sanne"), d.service.participants(id).stream().map(Participant::name).toList());
            assertEquals(0, d.service.item(id, ItemNo.of(1)).revealedRound(), "nothing was revealed by a typed name");
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").resume(id)) {
            assertTrue(d.rows().get(0).startsWith(" Item 1/4 · Eigen kracht"), "with participants: the item " + d.rows().get(0));
        }
    }

    @Test
    void revealAsksFirstWhileNotEveryoneHasAPositionAndOnlyJReveals() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk", "Bram");
            SessionId id = d.service.sessions().get(0).session().id();
            d.service.vote(id, ItemNo.of(1), d.service.participants(id).get(0), nl.beraad.domain.Position.step(1), VoteMethod.IN_TURN);

            d.key('o');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Nog niet iedereen heeft een positie: 1 van 2. Toch "
                    + "onthullen? Druk J voor ja"), d.text());
            d.key('n');
            assertTrue(d.text().startsWith(" Item 1/4"), "any other key keeps the round hidden: " + d.text());
            assertEquals(0, d.service.item(id, ItemNo.of(1)).revealedRound());

            d.key('o').key('j');
            assertEquals(1, d.service.item(id, ItemNo.of(1)).revealedRound());
            assertTrue(d.text().contains("Uitslag"), d.text());

            d.press(KeyType.Escape).press(KeyType.ArrowRight).key('o');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Nog niemand heeft een positie (0 van 2): er is niets "
                    + "te onthullen."), d.text());
            d.press(KeyType.Escape);
            assertEquals(0, d.service.item(id, ItemNo.of(2)).revealedRound());
        }
    }

    /** Issue 15: the finish signs with the installation's key; without one the facilitator is told, and why. */
    @Test
    void theFinishOnTheScreenSaysWhenTheSessionCouldNotBeSigned() throws Exception {
        java.util.function.Supplier<nl.beraad.app.Signer> broken = () -> {
            throw nl.beraad.domain.BeraadException.invalid("key.damaged", dir.resolve("beraad.key"));
        };
        try (ScreenDriver d = new ScreenDriver(dir, broken).open()) {
            startScpMeeting(d, "Anouk");
            SessionId id = d.service.sessions().get(0).session().id();
            d.key('f').key('j');
            assertEquals(SessionStatus.FINISHED, d.service.session(id).status());
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Sessie " + id + " is afgerond, maar niet ondertekend: De "
                    + "sleutel " + dir.resolve("beraad.key")), d.text());
        }
        Path other = dir.resolve("ander");
        java.nio.file.Files.createDirectories(other);
        nl.beraad.store.InstallationKey key = nl.beraad.store.InstallationKey.at(other.resolve("beraad"));
        try (ScreenDriver d = new ScreenDriver(other, () -> key).open()) {
            startScpMeeting(d, "Bram");
            SessionId id = d.service.sessions().get(0).session().id();
            d.key('f').key('j');
            assertTrue(d.text().contains("Sessie " + id + " is afgerond."), d.text());
            assertTrue(d.service.forReport(id).provenance().signedAsIs(), "signed at the finish");
        }
    }

    @Test
    void aSessionIsFinishedFromTheScreenAfterJAndReopenedOnlyWhenAsked() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            SessionId id = d.service.sessions().get(0).session().id();

            d.key('f');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Sessie " + id + " afronden? In het verslag staat dan "
                    + "\"afgerond\""), d.text());
            d.key('n');
            assertEquals(SessionStatus.OPEN, d.service.session(id).status());

            d.key('f').key('j');
            assertEquals(SessionStatus.FINISHED, d.service.session(id).status());
            assertTrue(d.text().startsWith(" Beraad"), "home after finishing: " + d.text());
            assertTrue(d.text().contains("Sessie " + id + " is afgerond."), d.text());
            String report = new nl.beraad.report.MarkdownReport(nl.beraad.text.Messages.forLanguage("nl"),
                    java.time.ZoneOffset.UTC, "test").render(d.service.forReport(id), java.time.Instant.EPOCH);
            assertTrue(report.contains("| Status | afgerond |"), report);

            // Choosing it from home opens it read-only; reopening is asked there, and any other key leaves it finished.
            d.enter();
            assertTrue(d.text().startsWith(" Afgerond, alleen lezen: "), d.text());
            d.key('r');
            assertTrue(d.text().replaceAll("\\s+", " ").contains("Sessie " + id + " is afgerond. Heropenen om verder te "
                    + "vergaderen?"), d.text());
            d.key('n');
            assertEquals(SessionStatus.FINISHED, d.service.session(id).status());
            assertTrue(d.text().startsWith(" Afgerond, alleen lezen: "), d.text());

            d.key('r').key('j');
            assertEquals(SessionStatus.OPEN, d.service.session(id).status());
            assertTrue(d.text().startsWith(" Item 1/4"), d.text());
        }
    }

    @Test
    void atEightyColumnsTheVoteCountWinsOverALongItemTitle() throws Exception {
        Path sets = java.nio.file.Files.createDirectories(dir.resolve("sets"));
        String longTitle = "Eén breed budget of verantwoording per wet, en wat dat betekent voor de jeugdzorg, de Wmo, "
                + "de Participatiewet en de schuldhulp in een gemeente met een krap begrotingsjaar";
        java.nio.file.Files.writeString(sets.resolve("vng-lang.yaml"), java.nio.file.Files.readString(
                Path.of("dilemmas/vng-2012.yaml")).replace("titel: Eén breed budget of verantwoording per wet",
                "titel: " + longTitle));
        SessionId id;
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl", new nl.beraad.content.SetDirectory(sets))) {
            id = d.service.start("vng-lang", null).id();
            d.service.addParticipant(id, "Anouk");
            d.service.addParticipant(id, "Bram");
        }
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl", new nl.beraad.content.SetDirectory(sets)).resume(id)) {
            String title = d.rows().get(0).stripTrailing();
            assertTrue(title.startsWith(" Item 1/4 · Eén breed budget"), title);
            assertTrue(title.endsWith("… · ronde 1: 0 van 2 gestemd"), title);
            assertEquals(80, d.rows().get(0).length());
        }
    }

    @Test
    void aSessionIsDeletedFromHomeOnlyAfterJAndTheListIsReadAgain() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl")) {
            d.service.start("vng-2012", "Proefsessie");
            SessionId kept = d.service.start("vng-2012", "Echte vergadering").id();
            d.service.addParticipant(kept, "Anouk");
        }
        try (ScreenDriver d = new ScreenDriver(dir, 160, 30, "nl").open()) {
            assertTrue(d.rows().get(29).contains("D verwijderen"), "the key bar names it: " + d.rows().get(29));
            d.press(KeyType.ArrowDown).key('d');
            assertTrue(d.text().contains("Sessie 1 (Proefsessie) met alles erin definitief verwijderen? Druk J voor ja"),
                    d.text());
            d.key('n');
            assertTrue(d.text().contains("Proefsessie"), "any other key keeps it: " + d.text());

            d.key('d').key('j');
            assertTrue(d.text().contains("Sessie 1 is verwijderd."), d.text());
            assertFalse(d.text().contains("Proefsessie"), d.text());
            assertTrue(d.text().contains(">   2  Echte vergadering"), d.text());
            assertEquals(1, d.service.sessions().size());
            assertEquals(List.of("Anouk"), d.service.participants(new SessionId(2)).stream().map(Participant::name).toList());
        }
    }

    @Test
    void aSessionCanBeMadeAnonymousBeforeItStartsAndItsReportNamesNobody() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.chooseScpSet();
            assertTrue(d.text().contains("Namen worden bewaard en staan in het verslag (A: andere keuze)"), d.text());
            d.key('a');
            assertTrue(d.text().contains("Namen tot het afronden, daarna Deelnemer 1, 2 enz. (A: andere keuze)"), d.text());
            d.key('a');
            assertTrue(d.text().contains("Anoniem: geen naam opgeslagen, wel Deelnemer 1, 2 enz. (A: andere keuze)"), d.text());
            // No name is typed: a number adds that many members, each known by number only.
            d.enter().line("2");
            assertTrue(d.rows().get(0).contains("· anoniem"), d.rows().get(0));
            assertTrue(d.text().contains("1. Deelnemer 1") && d.text().contains("2. Deelnemer 2"), d.text());
            assertTrue(d.enter().rows().get(0).contains("· anoniem"), "the item page shows it too: " + d.rows().get(0));
            d.key('a').line("Deelnemer 2: Wie geen netwerk heeft, valt ertussen.");

            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(nl.beraad.domain.NameKeeping.ANONYMOUS, d.service.session(id).details().names());
            String report = new nl.beraad.report.MarkdownReport(nl.beraad.text.Messages.forLanguage("nl"),
                    java.time.ZoneOffset.UTC, "test").render(d.service.forReport(id), java.time.Instant.EPOCH);
            assertTrue(report.contains("- Deelnemer 2: Wie geen netwerk heeft, valt ertussen."), report);
            assertTrue(report.contains("De sessie was anoniem: er is geen naam van een deelnemer opgeslagen."), report);
        }
    }

    @Test
    void theReportDetailsAreTypedOnTheirOwnPageAndStoredWithEveryKey() throws Exception {
        SessionId id;
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            startScpMeeting(d, "Anouk");
            id = d.service.sessions().get(0).session().id();
            d.key('g');
            assertTrue(d.text().startsWith(" Gegevens voor het verslag van sessie " + id), d.text());
            d.press(KeyType.End).type(" in Zwolle").press(KeyType.Tab);
            assertEquals("Vier dilemma's in het sociaal domein (SCP, 2022) in Zwolle", d.service.session(id).title());
            d.type("Adviesraad Sociaal Domein Zwolle").press(KeyType.Tab).type("Stadhuis")
                    .press(KeyType.Tab).type("Marga Kooistra").press(KeyType.Tab).type("Bas de Wit");
            assertEquals("Adviesraad Sociaal Domein Zwolle|Stadhuis|Marga Kooistra|Bas de Wit", details(d, id));
            assertTrue(d.text().contains("    Orgaan      Adviesraad Sociaal Domein Zwolle"), d.text());
            assertTrue(d.text().contains("sessions edit " + id + " --names until-final (of anonymous)."), d.text());
            d.press(KeyType.Escape);
            assertTrue(d.text().startsWith(" Item 1/4"), d.text());
        }
        // Later, from the home page: the clerk corrects the place.
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            // Stored with every key, but never empty: a title cleared to be retyped keeps its last letter.
            d.key('g').press(KeyType.End);
            for (int i = 0; i < 80; i++) {
                d.press(KeyType.Backspace);
            }
            assertEquals("V", d.service.session(id).title());
            d.type("Ronde tafel").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.End).type(", Zwolle");
            assertEquals("Ronde tafel", d.service.session(id).title());
            assertEquals("Adviesraad Sociaal Domein Zwolle|Stadhuis, Zwolle|Marga Kooistra|Bas de Wit", details(d, id));
            String report = new nl.beraad.report.MarkdownReport(nl.beraad.text.Messages.forLanguage("nl"),
                    java.time.ZoneOffset.UTC, "test").render(d.service.forReport(id), java.time.Instant.EPOCH);
            assertTrue(report.contains("| Orgaan | Adviesraad Sociaal Domein Zwolle |\n"), report);
            assertTrue(report.contains("| Plaats | Stadhuis, Zwolle |\n"), report);
            assertTrue(report.contains("| Voorzitter | Marga Kooistra |\n| Secretaris | Bas de Wit |\n"), report);
        }
    }

    private static String details(ScreenDriver d, SessionId id) {
        var x = d.service.session(id).details();
        return String.join("|", x.body(), x.place(), x.facilitator(), x.secretary());
    }

    /** From the home page: a new session on the SCP set with these participants, on its first item. */
    private static void startScpMeeting(ScreenDriver d, String... names) throws Exception {
        d.startScpMeeting(names);
    }

    @Test
    void theParticipantsPageRefusesANameThatOnlyLooksNewOrShowsNoLetter() throws Exception {
        try (ScreenDriver d = new ScreenDriver(dir, 80, 24, "nl").open()) {
            d.key('n').enter().line("Anouk");

            d.line("An\u200bouk");
            assertTrue(d.text().contains("Anouk doet al mee."), d.text());
            d.line("Ａｎｏｕｋ");
            // Fullwidth letters take two cells each, so the virtual terminal reads each one twice.
            assertTrue(d.text().contains("ＡＡｎｎｏｏｕｕｋｋ doet al mee."), d.text());
            d.line("\u3164");
            assertTrue(d.text().contains("Een naam moet minstens één zichtbare letter bevatten."), d.text());
            d.line("\u0301\u0308");
            assertTrue(d.text().contains("Een naam moet minstens één zichtbare letter bevatten."), d.text());
            d.line("Ĳsbrand");

            assertTrue(d.text().contains("Deelnemers (2):"), d.text());
            SessionId id = d.service.sessions().get(0).session().id();
            assertEquals(List.of("Anouk", "Ĳsbrand"), d.service.participants(id).stream().map(p -> p.name()).toList());
        }
    }
}
