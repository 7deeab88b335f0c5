package nl.beraad.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.beraad.app.PhonePage;
import nl.beraad.app.PhoneService;
import nl.beraad.app.SessionChanges;
import nl.beraad.app.SessionService;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.Device;
import nl.beraad.domain.ItemNo;
import nl.beraad.domain.ParticipantId;
import nl.beraad.domain.Position;
import nl.beraad.domain.Session;
import nl.beraad.domain.SessionId;
import nl.beraad.domain.SessionItem;
import nl.beraad.domain.SessionStatus;
import nl.beraad.domain.Side;
import nl.beraad.text.Messages;

/**
 * One running vote page for one session: routes each request, checks who asks (token, Origin, CSRF),
 * and never lets a failure out of a handler. Before the reveal nothing it sends holds another
 * participant's answer or any count; in an anonymous session nothing holds a member's name.
 */
final class VoteSite implements PhonePage.Serving {
    /** A device counts as connected this long after its last request (or while its event stream lives). */
    static final long SEEN_NANOS = TimeUnit.SECONDS.toNanos(15);
    /** Request threads beside the event streams, each of which holds one. */
    static final int REQUEST_THREADS = 32;

    private final SessionId sessionId;
    private final SessionService sessions;
    private final PhoneService phones;
    private final Messages msg;
    private final Pages pages;
    private final PhoneItemPage itemPage;
    private final Guard guard = new Guard(System::nanoTime);
    private final EventStreams events = new EventStreams();
    private final Map<Long, Long> lastSeen = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> streaming = new ConcurrentHashMap<>();
    private final String address;
    private final String origin;
    private final String authority;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final AutoCloseable listening;
    private volatile boolean closed;

    /** {@code origin}: scheme, host and port the phones use (their Origin and Host headers must match it). */
    VoteSite(SessionId sessionId, SessionService sessions, PhoneService phones, Messages msg, HttpServer server,
             String origin) {
        this.sessionId = sessionId;
        this.sessions = sessions;
        this.phones = phones;
        this.msg = msg;
        this.pages = new Pages(msg);
        this.itemPage = new PhoneItemPage(sessions, phones, msg, pages);
        this.server = server;
        this.origin = origin;
        this.authority = origin.substring(origin.indexOf("://") + 3);
        this.address = origin + "/";
        AtomicInteger n = new AtomicInteger();
        int threads = EventStreams.MAX_STREAMS + REQUEST_THREADS;
        // Bounded: a flood waits in the queue, and beyond it is refused (the server closes that
        // connection) instead of starting threads without end.
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                r -> {
                    Thread t = new Thread(r, "beraad-web-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.listening = phones.changes().listen(this::changed);
        server.start();
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String joinCode() {
        return guard.joinCode();
    }

    @Override
    public Set<Long> connected() {
        long now = System.nanoTime();
        Set<Long> ids = new HashSet<>();
        lastSeen.forEach((id, at) -> {
            if (now - at <= SEEN_NANOS) {
                ids.add(id);
            }
        });
        streaming.forEach((id, count) -> {
            if (count.get() > 0) {
                ids.add(id);
            }
        });
        // A phone released meanwhile may still hold its stream for a moment: it is not connected as anyone.
        Set<Long> current = new HashSet<>();
        phones.devices(sessionId).forEach(d -> current.add(d.id()));
        ids.retainAll(current);
        return Set.copyOf(ids);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            listening.close();
        } catch (Exception e) {
            // the listener list cannot fail to let go; nothing to do
        }
        events.close();
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Told on the thread that changed the session: only wakes the streams (never blocks, never throws). */
    private void changed(SessionChanges.Change change) {
        if (change.sessionId().equals(sessionId) && followed(change.what())) {
            events.changed();
        }
    }

    /** The changes a phone's page follows: what the facilitator does, and who joined or was released. */
    private static boolean followed(SessionChanges.What what) {
        return switch (what) {
            case SESSION, ROUND, PEOPLE -> true;
            // Another's answer, words or proposals never show on a phone: no reason to reload for them.
            case POSITIONS, WORDS, PROPOSALS -> false;
        };
    }

    private void handle(HttpExchange exchange) {
        Call call = new Call(exchange);
        try {
            route(call);
        } catch (Call.Refusal r) {
            refuse(call, r.status, msg.get(r.key(), r.args));
        } catch (BeraadException e) {
            refuse(call, status(e), msg.problem(e.problems().get(0)));
        } catch (IOException e) {
            // The phone went away mid-answer: nothing to tell it.
        } catch (RuntimeException | Error e) {
            // Whatever went wrong stays in this request: the server and the meeting go on.
            refuse(call, 500, msg.get("web.internal"));
        } finally {
            exchange.close();
        }
    }

    private void refuse(Call call, int status, String sentence) {
        if (call.sent()) {
            return;
        }
        try {
            if (status == 405) {
                call.exchange.getResponseHeaders().set("Allow", call.path().equals("/argument") ? "GET, POST"
                        : List.of("/join", "/name", "/answer").contains(call.path()) ? "POST" : "GET");
            }
            if (status == 413) {
                call.exchange.getResponseHeaders().set("Connection", "close");
            }
            call.html(status, pages.message(msg.get("web.error.heading"), sentence, Pages.Live.NONE));
        } catch (IOException | RuntimeException e) {
            // The connection is gone: there is no one left to tell.
        }
    }

    private static int status(BeraadException e) {
        return switch (e.exitCode()) {
            case INVALID_INPUT -> 400;
            case CONFLICT -> 409;
            case OK, ERROR, INTERNAL -> 500;
        };
    }

    private void route(Call call) throws IOException {
        // A page reached under another name (DNS rebinding) is not this page.
        if (!call.header("Host").map(h -> h.equalsIgnoreCase(authority)).orElse(false)) {
            throw new Call.Refusal(400, "web.host");
        }
        String path = call.path();
        String method = call.method();
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        switch (path) {
            case "/" -> requireMethod(get, () -> home(call));
            case "/join" -> requireMethod(post, () -> join(call));
            case "/name" -> requireMethod(post, () -> name(call));
            case "/answer" -> requireMethod(post, () -> answer(call));
            case "/argument" -> requireMethod(get || post, () -> {
                if (post) {
                    propose(call);
                } else {
                    argumentPage(call, 200, null);
                }
            });
            case "/events" -> requireMethod(method.equals("GET"), () -> events(call));
            case "/app.js", "/app.css" -> requireMethod(get, () -> resource(call, path.substring(1)));
            default -> throw new Call.Refusal(404, "web.not.found");
        }
    }

    /** A step of a request that may fail with an I/O error (the phone gone). */
    private interface Step {
        void run() throws IOException;
    }

    private static void requireMethod(boolean allowed, Step step) throws IOException {
        if (!allowed) {
            throw new Call.Refusal(405, "web.method");
        }
        step.run();
    }

    /** The page's own script and style sheet, from beside this class (the only files it serves). */
    private void resource(Call call, String name) throws IOException {
        String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        try (InputStream in = VoteSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new Call.Refusal(404, "web.not.found");
            }
            call.send(200, type, in.readAllBytes());
        }
    }

    // --- who is asking ---

    private Optional<String> token(Call call) {
        return call.cookie(Call.COOKIE).filter(Guard::wellFormed);
    }

    /** The device whose cookie this request carries, if it joined this session (released ones too). */
    private Optional<Device> device(Call call) {
        Optional<Device> device = token(call).flatMap(t -> phones.device(Guard.hash(t)))
                .filter(d -> d.sessionId().equals(sessionId));
        device.filter(d -> !d.released()).ifPresent(d -> lastSeen.put(d.id(), System.nanoTime()));
        return device;
    }

    /**
     * A change must come from this page: its Origin is this page's (a browser without Origin may pass
     * on a Referer from this page; from elsewhere never).
     */
    private void requireOrigin(Call call) {
        Optional<String> from = call.header("Origin");
        boolean ours = from.isPresent() ? from.get().equals(origin)
                : call.header("Referer").map(r -> r.startsWith(address)).orElse(false);
        if (!ours) {
            throw new Call.Refusal(403, "web.forbidden");
        }
    }

    /** The device that posted a form: joined, not released, with the CSRF field of its own token. */
    private Device postingDevice(Call call, Map<String, List<String>> form) {
        String token = token(call).orElseThrow(() -> new Call.Refusal(403, "web.no.device"));
        if (!Guard.csrfMatches(token, Call.first(form, "csrf"))) {
            throw new Call.Refusal(403, "web.forbidden");
        }
        Device device = device(call).orElseThrow(() -> new Call.Refusal(403, "web.no.device"));
        if (device.released()) {
            throw new Call.Refusal(403, "device.released");
        }
        return device;
    }

    /** Reads a posted form once the request has shown it comes from this page; a finished session takes nothing. */
    private Map<String, List<String>> postedForm(Call call) throws IOException {
        requireOrigin(call);
        Map<String, List<String>> form = call.form();
        if (session().status() == SessionStatus.FINISHED) {
            throw new Call.Refusal(409, "web.finished");
        }
        return form;
    }

    private Session session() {
        return sessions.session(sessionId);
    }

    // --- pages ---

    private void home(Call call) throws IOException {
        Optional<Device> device = device(call);
        Session session = session();
        if (session.status() == SessionStatus.FINISHED) {
            call.html(200, pages.message(msg.get("web.error.heading"), msg.get("web.finished"),
                    device.isPresent() ? Pages.Live.STREAM : Pages.Live.NONE));
        } else if (device.isEmpty()) {
            call.html(200, pages.join(guard.newNonce(), null));
        } else if (device.get().released()) {
            call.html(200, pages.join(guard.newNonce(), msg.get("device.released")));
        } else if (device.get().participantId() == null) {
            namesPage(call, device.get(), 200, null);
        } else {
            itemPage(call, session, device.get(), 200, call.query("sent").map(this::sentNotice).orElse(null), null,
                    Optional.empty());
        }
    }

    private String sentNotice(String what) {
        return switch (what) {
            case "answer" -> msg.get("web.answer.sent");
            case "argument" -> msg.get("web.argument.sent");
            default -> null;
        };
    }

    private void namesPage(Call call, Device device, int status, String problem) throws IOException {
        boolean anonymous = session().details().isAnonymous();
        String csrf = Guard.csrf(token(call).orElseThrow());
        call.html(status, pages.names(csrf, phones.choosable(sessionId), anonymous, problem));
    }

    /**
     * The item page of the session as just read; {@code shown} is a position to fill in instead of the
     * stored one (a ranking moved but not yet recorded, or an answer just refused, so the phone keeps
     * what was entered).
     */
    private void itemPage(Call call, Session session, Device device, int status, String notice, String problem,
                          Optional<Position> shown) throws IOException {
        call.html(status, itemPage.html(session, device, Guard.csrf(token(call).orElseThrow()), notice, problem, shown));
    }

    private void argumentPage(Call call, int status, String problem) throws IOException {
        Device device = device(call).filter(Device::answers).orElseThrow(() -> new Call.Refusal(403, "web.no.device"));
        ItemNo itemNo = session().currentItem();
        call.html(status, pages.argument(sessions.item(sessionId, itemNo),
                Guard.csrf(token(call).orElseThrow()), phones.anonymousProposals(sessionId, itemNo), null, problem));
        lastSeen.put(device.id(), System.nanoTime());
    }

    // --- changes ---

    private void join(Call call) throws IOException {
        requireOrigin(call);
        if (guard.joinsBlocked(call.remote())) {
            throw new Call.Refusal(429, "web.join.limited");
        }
        Map<String, List<String>> form = call.form();
        if (session().status() == SessionStatus.FINISHED) {
            throw new Call.Refusal(409, "web.finished");
        }
        String nonce = Call.first(form, "nonce");
        if (nonce == null || !guard.useNonce(nonce)) {
            call.html(400, pages.join(guard.newNonce(), msg.get("web.join.expired")));
            return;
        }
        String code = Call.first(form, "code");
        if (code == null || !guard.codeMatches(code, call.remote())) {
            call.html(403, pages.join(guard.newNonce(), msg.get("web.join.wrong")));
            return;
        }
        if (device(call).filter(d -> !d.released()).isPresent()) {
            call.redirect("/"); // already in: the same phone keeps its identity
            return;
        }
        String token = guard.newToken();
        Device device = phones.join(sessionId, Guard.hash(token));
        if (session().details().isAnonymous()) {
            phones.numbered(device, msg.get("device.anonymous.word"));
        }
        call.exchange.getResponseHeaders().add("Set-Cookie",
                Call.COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/; Max-Age=86400");
        call.redirect("/");
    }

    private void name(Call call) throws IOException {
        Map<String, List<String>> form = postedForm(call);
        Device device = postingDevice(call, form);
        try {
            if (session().details().isAnonymous()) {
                phones.numbered(device, msg.get("device.anonymous.word"));
            } else {
                phones.name(device, new ParticipantId(number(Call.first(form, "participant"))));
            }
        } catch (BeraadException e) {
            namesPage(call, device, status(e), msg.problem(e.problems().get(0)));
            return;
        }
        call.redirect("/");
    }

    private void answer(Call call) throws IOException {
        Map<String, List<String>> form = postedForm(call);
        Device device = postingDevice(call, form);
        if (device.participantId() == null) {
            throw new Call.Refusal(403, "device.unnamed");
        }
        Position sent = null;
        ItemNo itemNo = null;
        try {
            itemNo = itemNo(form);
            SessionItem item = sessions.item(sessionId, itemNo);
            AnswerForm.Submitted submitted = AnswerForm.read(item, form);
            switch (submitted.action()) {
                case STORE_POSITION -> {
                    sent = submitted.position();
                    phones.answer(device, itemNo, sent);
                    call.redirect("/");
                }
                case SHOW_ORDER -> {
                    Session session = session();
                    itemPage(call, session, device, 200, null, null, session.currentItem().equals(itemNo)
                            ? Optional.of(submitted.position()) : Optional.empty());
                }
                case STORE_TEXT -> {
                    phones.answer(device, itemNo, submitted.text());
                    call.redirect("/?sent=answer");
                }
            }
        } catch (BeraadException e) {
            // What was sent is filled in again only on the item it was sent for.
            Session session = session();
            Position keep = sent != null && session.currentItem().equals(itemNo) ? sent : null;
            itemPage(call, session, device, status(e), null, msg.problem(e.problems().get(0)), Optional.ofNullable(keep));
        }
    }

    private void propose(Call call) throws IOException {
        Map<String, List<String>> form = postedForm(call);
        Device device = postingDevice(call, form);
        try {
            ItemNo itemNo = itemNo(form);
            Side side = switch (Optional.ofNullable(Call.first(form, "side")).orElse("none")) {
                case "a" -> Side.A;
                case "b" -> Side.B;
                case "none" -> Side.NONE;
                default -> throw new Call.Refusal(400, "web.bad.request");
            };
            phones.propose(device, itemNo, side, Optional.ofNullable(Call.first(form, "text")).orElse(""),
                    form.containsKey("anonymous"));
            call.redirect("/?sent=argument");
        } catch (BeraadException e) {
            argumentPage(call, status(e), msg.problem(e.problems().get(0)));
        }
    }

    /**
     * The item a form was sent for; a number outside the set gets the sentence for an unknown item,
     * as the service gives it for a number past the last.
     */
    private ItemNo itemNo(Map<String, List<String>> form) {
        int typed = (int) number(Call.first(form, "item"));
        if (typed < 1) {
            throw BeraadException.invalid("item.unknown", typed, sessions.itemCount(sessionId));
        }
        return ItemNo.of(typed);
    }

    private static long number(String field) {
        try {
            return Long.parseLong(field == null ? "" : field.strip());
        } catch (NumberFormatException e) {
            throw new Call.Refusal(400, "web.bad.request");
        }
    }

    private void events(Call call) throws IOException {
        Device device = device(call).filter(d -> !d.released())
                .orElseThrow(() -> new Call.Refusal(403, "web.no.device"));
        EventStreams.Stream stream = events.open(device.id()).orElseThrow(() -> {
            call.exchange.getResponseHeaders().set("Retry-After", "5");
            return new Call.Refusal(503, "web.busy");
        });
        AtomicInteger count = streaming.computeIfAbsent(device.id(), id -> new AtomicInteger());
        count.incrementAndGet();
        try {
            events.serve(stream, call.stream("text/event-stream; charset=utf-8"), call.header("Last-Event-ID").orElse(null),
                    () -> lastSeen.put(device.id(), System.nanoTime()));
        } finally {
            events.end(stream);
            count.decrementAndGet();
            lastSeen.put(device.id(), System.nanoTime());
        }
    }
}
