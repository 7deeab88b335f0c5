package nl.beraad.ui.screen;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.RoundProgress;
import nl.beraad.app.SessionClaim;
import nl.beraad.app.SessionService;
import nl.beraad.app.SetCatalog;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.Participant;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.text.AnswerSheet;
import nl.beraad.text.Messages;

/**
 * What every page needs: the session service, the sets to choose from, the UI text, a way to
 * export a session's report (given by the command line, which knows the report adapter), and the
 * status line that tells what just happened.
 */
final class ScreenContext {
    final SessionService service;
    final SetCatalog sets;
    final Messages msg;
    final Function<SessionId, Path> exportReport;
    /** The phones' vote page the facilitator may start from the meeting; null when this screen has none. */
    nl.beraad.app.PhonePage phonePage;
    private final java.util.function.LongSupplier clock;
    private String status = "";
    private final java.util.Map<String, Countdown> timers = new java.util.HashMap<>();
    /** The speaking time per session, in seconds, as the facilitator set it; while this screen runs. */
    private final java.util.Map<SessionId, Long> speakingTimes = new java.util.HashMap<>();
    private boolean bell;
    private SessionClaim claim;
    private SessionId claimed;
    /** What phones do in a session; null where the screen runs without phones. */
    private PhoneService phones;
    /** The vote page while it runs, for the session claimed; null when off. */
    private PhonePage.Serving serving;

    ScreenContext(SessionService service, SetCatalog sets, Messages msg, Function<SessionId, Path> exportReport) {
        this(service, sets, msg, exportReport, System::nanoTime);
    }

    ScreenContext(SessionService service, SetCatalog sets, Messages msg, Function<SessionId, Path> exportReport,
                  java.util.function.LongSupplier clock) {
        this.clock = clock;
        this.service = service;
        this.sets = sets;
        this.msg = msg;
        this.exportReport = exportReport;
    }

    /** Shows one line above the key bar until the next key. */
    void status(String text) {
        status = text;
    }

    /** Whether a line waits to be shown at the next draw. */
    boolean hasStatus() {
        return !status.isEmpty();
    }

    String takeStatus() {
        String s = status;
        status = "";
        return s;
    }

    /** Takes the session for this terminal (a second terminal is refused); lets go of any other. */
    void claim(SessionId sessionId) {
        claim(sessionId, false);
    }

    /** As {@link #claim(SessionId)}; with {@code takeOver} also from another terminal that holds it. */
    void claim(SessionId sessionId, boolean takeOver) {
        if (sessionId.equals(claimed)) {
            return;
        }
        release();
        claim = service.claim(sessionId, takeOver);
        claimed = sessionId;
    }

    /** Lets another terminal take the session again; the vote page of the session stops with it. */
    void release() {
        stopPhones();
        if (claim != null) {
            claim.close();
            claim = null;
            claimed = null;
        }
    }

    /** Gives the screen the phones of its sessions; without them the phones key says phones are not available. */
    void phones(PhoneService service) {
        this.phones = service;
    }

    /** The phones' service; null where the screen runs without phones. */
    PhoneService phones() {
        return phones;
    }

    /** Whether the vote page can be started here at all. */
    boolean phonesAvailable() {
        return phones != null && phonePage != null;
    }

    /** The running vote page of this session, starting it if it is off; refused in one sentence if it cannot start. */
    PhonePage.Serving startPhones(SessionId sessionId) {
        if (serving == null) {
            serving = phonePage.start(sessionId);
        }
        return serving;
    }

    /** The running vote page of this session, or null when it is off. */
    PhonePage.Serving serving(SessionId sessionId) {
        return sessionId.equals(claimed) ? serving : null;
    }

    /** Stops the vote page (the session is paused or finished, or the screen ends); what phones stored stays. */
    void stopPhones() {
        if (serving != null) {
            PhonePage.Serving running = serving;
            serving = null;
            running.close();
        }
    }

    /** The speaking-time countdown of an item: one per item, kept while the facilitator moves between pages. */
    Countdown timer(SessionId sessionId, ItemNo itemNo) {
        return timers.computeIfAbsent(sessionId + "/" + itemNo,
                k -> new Countdown(clock, speakingTimes.getOrDefault(sessionId, Countdown.DEFAULT_SECONDS)));
    }

    /** Sets the speaking time of a session: every item's countdown starts again from it, stopped. */
    void speakingTime(SessionId sessionId, long seconds) {
        speakingTimes.put(sessionId, seconds);
        timers.forEach((k, timer) -> {
            if (k.startsWith(sessionId + "/")) {
                timer.length(seconds);
            }
        });
    }

    /**
     * Announces a speaking time that has just run out, on whatever page is shown (the facilitator
     * may have gone to the item meanwhile): a sentence in the status line and the terminal's bell,
     * once per run of the clock. True when there was one, so the screen is drawn.
     */
    boolean timeUp() {
        boolean up = false;
        for (Countdown timer : timers.values()) {
            up |= timer.endsNow();
        }
        if (up) {
            status(get("screen.timer.end"));
            bell = true;
        }
        return up;
    }

    boolean takeBell() {
        boolean ring = bell;
        bell = false;
        return ring;
    }

    /**
     * Who of the members present has a position in the item's current round, by name in the order
     * they were added (never what they chose): "Gekozen (2 van 12): Anouk, José"; empty while nobody has.
     */
    Optional<String> answered(SessionId sessionId, SessionItem item) {
        RoundProgress progress = service.roundProgress(sessionId, item.number());
        if (progress.answered() == 0) {
            return Optional.empty();
        }
        Set<ParticipantId> voted = new HashSet<>();
        service.votes(sessionId, item.number(), item.round()).forEach(v -> voted.add(v.participantId()));
        String names = service.participants(sessionId).stream().filter(p -> voted.contains(p.id()))
                .map(Participant::name).collect(Collectors.joining(", "));
        return Optional.of(get("screen.item.answered", progress.answered(), progress.expected(), names));
    }

    /** The item the session is at now. */
    SessionItem currentItem(SessionId sessionId) {
        return service.item(sessionId, service.session(sessionId).currentItem());
    }

    /** The current item as someone answering it sees it, with who still has to answer it. */
    AnswerSheet answerSheet(SessionId sessionId) {
        SessionItem item = currentItem(sessionId);
        return AnswerSheet.of(msg, item, service.items(sessionId).size(), service.stillToAnswer(sessionId, item.number()));
    }

    String get(String key, Object... args) {
        return msg.get(key, args);
    }

    /**
     * From {@code index} on, the first of {@code waiting} who still has to answer the item: members who
     * answered meanwhile on their own phone are passed over, in every in-turn round (positions, answers).
     */
    int nextStillToAnswer(java.util.List<nl.beraad.domain.Participant> waiting, int index, SessionId sessionId, ItemNo itemNo) {
        if (index >= waiting.size()) {
            return index;
        }
        java.util.List<ParticipantId> still = service.stillToAnswer(sessionId, itemNo).stream()
                .map(nl.beraad.domain.Participant::id)
                .toList();
        int next = index;
        while (next < waiting.size() && !still.contains(waiting.get(next).id())) {
            next++;
        }
        return next;
    }
}
