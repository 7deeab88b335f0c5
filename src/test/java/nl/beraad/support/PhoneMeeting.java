package nl.beraad.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A meeting with many phones against the real program: session 1 of a set of dilemmas written for
 * it, with members "Lid 1" to "Lid n", served by {@code beraad serve 1 --wait} in a process of its
 * own on a free loopback port. The facilitator types line-mode commands into it; the phones answer
 * over HTTP, all at once; what was stored is counted in the database itself.
 */
public final class PhoneMeeting implements AutoCloseable {
    public static final String SET_ID = "telefoons";
    private static final Pattern ADDRESS = Pattern.compile("adres: (http://\\S+)\\ncode: ([0-9]{6})");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Beraad beraad;
    private final BiFunction<Beraad, String[], ProcessBuilder> launcher;
    private final int members;
    private final List<Phone> phones = new ArrayList<>();
    private final ExecutorService pool;
    private BeraadProcess process;
    private String address;
    private String code;

    private PhoneMeeting(Beraad beraad, BiFunction<Beraad, String[], ProcessBuilder> launcher, int members) {
        this.beraad = beraad;
        this.launcher = launcher;
        this.members = members;
        this.pool = Executors.newFixedThreadPool(members, r -> {
            Thread t = new Thread(r, "phone");
            t.setDaemon(true);
            return t;
        });
    }

    /** A set of {@code items} dilemmas and session 1 with {@code members} members, not yet served. */
    public static PhoneMeeting prepare(Path dir, int members, int items) throws IOException {
        return prepare(dir, members, items, BeraadProcess::builder, Map.of());
    }

    /** The same on the database that {@code env} names (BERAAD_DB with PGUSER and PGPASSWORD: a PostgreSQL server). */
    public static PhoneMeeting prepare(Path dir, int members, int items, Map<String, String> env) throws IOException {
        return prepare(dir, members, items, BeraadProcess::builder, env);
    }

    /**
     * The same, served by processes that {@code launcher} builds from the database and sets of a
     * {@link Beraad} and the program's arguments (the launcher script, say).
     */
    public static PhoneMeeting prepare(Path dir, int members, int items,
                                       BiFunction<Beraad, String[], ProcessBuilder> launcher) throws IOException {
        return prepare(dir, members, items, launcher, Map.of());
    }

    private static PhoneMeeting prepare(Path dir, int members, int items, BiFunction<Beraad, String[], ProcessBuilder> launcher,
                                        Map<String, String> env) throws IOException {
        Path sets = Files.createDirectories(dir.resolve("sets"));
        StringBuilder yaml = new StringBuilder("titel: Telefoonproef\nbron: Beraad\nitems:\n");
        for (int i = 1; i <= items; i++) {
            yaml.append("  - id: dilemma-").append(i).append("\n    titel: Dilemma ").append(i)
                    .append("\n    context: Een vraag waar de raad over stemt.\n    pool_a: Zo\n    pool_b: Anders\n");
        }
        Files.writeString(sets.resolve(SET_ID + ".yaml"), yaml, StandardCharsets.UTF_8);
        Beraad beraad = new Beraad(dir);
        beraad.env().put("BERAAD_SETS", sets.toString());
        beraad.env().putAll(env);
        String names = IntStream.rangeClosed(1, members).mapToObj(PhoneMeeting::name).collect(Collectors.joining(", "));
        Beraad.Run run = beraad.withInput("deelnemer " + names + "\nstop\n", "start", "--set", SET_ID, "--plain");
        if (run.code() != 0) {
            throw new IllegalStateException("start failed: " + run.err());
        }
        return new PhoneMeeting(beraad, launcher, members);
    }

    public static String name(int member) {
        return "Lid " + member;
    }

    public Beraad beraad() {
        return beraad;
    }

    public BeraadProcess process() {
        return process;
    }

    public String address() {
        return address;
    }

    public String code() {
        return code;
    }

    public List<Phone> phones() {
        return phones;
    }

    /** How long a start took, in nanoseconds: until the address and code were printed, and until line mode's first prompt. */
    public record Started(long toCode, long toPrompt) {
    }

    /** Starts {@code beraad serve 1 --wait} and reads its address and join code. */
    public Started serve() throws IOException, InterruptedException {
        long startedNanos = System.nanoTime();
        process = BeraadProcess.start(launcher.apply(beraad, new String[] {"serve", "1", "--bind", "127.0.0.1", "--port", "0",
                "--wait"}));
        process.awaitAfter(0, "code: ", WAIT);
        long toCode = System.nanoTime() - startedNanos;
        process.awaitAfter(0, "] > ", WAIT); // the first prompt: line mode reads commands
        long toPrompt = System.nanoTime() - startedNanos;
        Matcher m = ADDRESS.matcher(process.output());
        if (!m.find()) {
            throw new IllegalStateException("no address and code in:\n" + process.output());
        }
        address = m.group(1);
        code = m.group(2);
        for (Phone phone : phones) {
            phone.moved(address);
        }
        return new Started(toCode, toPrompt);
    }

    /** SIGKILL to the serving process: no hook, no flush, nothing. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    /** Types a facilitator's command and waits until the answer contains {@code expected}. */
    public void command(String line, String expected) throws IOException, InterruptedException {
        int from = process.output().length();
        process.type(line);
        process.awaitAfter(from, expected, WAIT);
    }

    /** Opens the current round of item {@code item} to the phones. */
    public void open(int item) throws IOException, InterruptedException {
        command("openen", "Ronde 1 van item " + item + " staat open voor de telefoons.");
    }

    /** Reveals the item on the table and moves to the next one. */
    public void revealAndNext(int item) throws IOException, InterruptedException {
        command("onthul", "[" + item + "/");
        command("volgende", "Item " + (item + 1) + " van ");
    }

    /** Every member's phone joins with the code and takes its name, {@code members} at once. */
    public void joinAll() throws Exception {
        for (int i = phones.size(); i < members; i++) {
            phones.add(new Phone(address));
        }
        all(i -> {
            joinAndName(i);
            return null;
        });
    }

    /** Phone i joins with the code and takes member i + 1's name. */
    private void joinAndName(int i) throws IOException, InterruptedException {
        phones.get(i).join(code);
        phones.get(i).name(name(i + 1));
    }

    /**
     * Every member's phone joins and takes its name one after the other, {@code between} apart, as people
     * in a room scan the code (a room of 45 takes minutes; this is far quicker).
     */
    public void joinOneByOne(Duration between) throws Exception {
        for (int i = phones.size(); i < members; i++) {
            phones.add(new Phone(address));
            joinAndName(i);
            Thread.sleep(between.toMillis());
        }
    }

    /**
     * One phone's answer: whether it was committed (the page answered 303) and how long that took,
     * and whether and how long until the page it led to said "vastgelegd".
     */
    public record Answer(int member, String value, boolean acknowledged, boolean saved, long ackNanos, long nanos,
                         String failure) {
    }

    /**
     * Every phone loads the item's form, then all answer at the same instant; each times its request
     * until its page says "vastgelegd" (the answer committed and shown back to it).
     */
    public List<Answer> answerAll(int round) throws Exception {
        List<Phone.Form> forms = all(i -> phones.get(i).form());
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            int member = i;
            answers.add(pool.submit(() -> {
                gate.await();
                return answer(member, forms.get(member), round);
            }));
        }
        gate.countDown();
        List<Answer> result = new ArrayList<>();
        for (Future<Answer> f : answers) {
            result.add(f.get());
        }
        return result;
    }

    private Answer answer(int member, Phone.Form form, int round) {
        Phone phone = phones.get(member);
        if (form == null) {
            return new Answer(member + 1, null, false, false, 0, 0, "no answer form on the page");
        }
        String value = form.values().get(Math.floorMod(member + round, form.values().size()));
        long start = System.nanoTime();
        long acked = 0;
        try {
            Phone.Reply sent = phone.answer(form, member + round);
            acked = System.nanoTime() - start;
            if (sent.statusCode() != 303) {
                return new Answer(member + 1, value, false, false, acked, acked, "status " + sent.statusCode());
            }
            boolean saved = phone.page().body().contains("class=\"saved\"");
            return new Answer(member + 1, value, true, saved, acked, System.nanoTime() - start,
                    saved ? null : "no 'vastgelegd'");
        } catch (IOException | InterruptedException | RuntimeException e) {
            return new Answer(member + 1, value, acked > 0, false, acked, System.nanoTime() - start, e.toString());
        }
    }

    /** Runs the step for every phone at once; the first failure fails it. */
    private <T> List<T> all(PhoneStep<T> step) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            int n = i;
            futures.add(pool.submit(() -> step.run(n)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /** What one phone does in a step. */
    @FunctionalInterface
    private interface PhoneStep<T> {
        T run(int member) throws Exception;
    }

    /** The positions stored for an item's first round, by member name, counted in the database. */
    public record Stored(Map<String, Integer> positions, int rows) {
        /** Members whose acknowledged answer has no row, or a row with another step than they sent: lost. */
        public List<Integer> lost(List<Answer> answers) {
            return answers.stream().filter(Answer::acknowledged).filter(a -> !positions.containsKey(name(a.member()))
                            || a.value().matches("[0-9]+") && positions.get(name(a.member())) != Integer.parseInt(a.value()))
                    .map(Answer::member).toList();
        }

        /** Rows beyond one per member: doubled. */
        public int doubled() {
            return rows - positions.size();
        }
    }

    public Stored stored(int item) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        int rows = 0;
        try (Connection c = beraad.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT p.name, v.position FROM vote v JOIN participant p "
                     + "ON p.id = v.participant_id WHERE v.session_id = 1 AND v.item_no = ? AND v.round = 1")) {
            ps.setInt(1, item);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.put(rs.getString(1), rs.getInt(2));
                    rows++;
                }
            }
        }
        return new Stored(positions, rows);
    }

    /** The token hashes of the session's devices that were not released, as the database holds them. */
    public Set<String> deviceTokens() throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (Connection c = beraad.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT token_hash FROM device WHERE session_id = 1 "
                     + "AND released_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        if (process != null) {
            process.close();
        }
    }
}
