package nl.beraad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.beraad.support.Beraad;
import nl.beraad.support.BeraadProcess;
import nl.beraad.support.PhoneMeeting;

/**
 * Phones against the real program, started by the launcher as a facilitator starts it: 45 simulated
 * phones (plain HTTP, each its own cookie) join {@code beraad serve} one by one and take their names, and for
 * each of 25 items the facilitator opens the round, all 45 answer at the same instant, and each
 * times its request until its page says "vastgelegd"; then the item is revealed and the next one
 * opened. The vote rows are counted after every item. Beside that: how long serve takes to show
 * its address and code, and its resident memory, against line mode without the page and a bare JVM.
 */
final class PhonesBench {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Timed starts of serve and of line mode, after one untimed each. */
    static final int STARTS = 5;

    /** What was measured; memory in kB of resident set. */
    record Measured(SamplesBench answers, SamplesBench acks, int lost, int doubled, int refused, SamplesBench serveStart,
                    SamplesBench servePrompt, SamplesBench lineStart, SamplesBench bareStart, long bareKb, long lineKb, long serveIdleKb,
                    long serveAfterKb, long servePeakKb, long serveCpuNanos, long phonesCpuNanos) {
    }

    private PhonesBench() {
    }

    /** Measures; with {@code profile}, every serve process records with Flight Recorder into it (the last one stays). */
    static Measured measure(Path root, Path work, int members, int items, Path profile) throws Exception {
        BiFunction<Beraad, String[], ProcessBuilder> launcher = (beraad, args) -> {
            List<String> command = new ArrayList<>(List.of(root.resolve("scripts/beraad").toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
            pb.environment().putAll(beraad.env());
            pb.environment().remove("BERAAD_LANG");
            if (args.length > 0 && args[0].equals("serve")) {
                // JVM options for serve alone, to try one (BENCH_SERVE_OPTS) or to profile it.
                String options = (System.getenv().getOrDefault("BENCH_SERVE_OPTS", "") + (profile == null ? ""
                        : " -XX:StartFlightRecording=settings=profile,filename=" + profile)).strip();
                if (!options.isEmpty()) {
                    pb.environment().put("JDK_JAVA_OPTIONS", options);
                }
            }
            return pb;
        };
        Path dir = Files.createDirectories(work.resolve("phones"));
        SamplesBench answers = new SamplesBench();
        SamplesBench acks = new SamplesBench();
        int lost = 0;
        int doubled = 0;
        int refused = 0;
        SamplesBench serveStart = new SamplesBench();
        SamplesBench servePrompt = new SamplesBench();
        long serveIdleKb;
        long serveAfterKb;
        long servePeakKb;
        long serveCpu;
        long phonesCpu;
        SamplesBench lineStart = new SamplesBench();
        long lineKb = 0;
        try (PhoneMeeting meeting = PhoneMeeting.prepare(dir, members, items, launcher)) {
            // Start-up, line mode on the session without the page (the meeting the page is added to)
            // and serve in turn, so both see the same machine; the first of each is untimed (the JIT
            // and the disk cache are cold). The last serve stays for the phones.
            for (int run = 0; run <= STARTS; run++) {
                long start = System.nanoTime();
                try (BeraadProcess line = BeraadProcess.start(launcher.apply(meeting.beraad(),
                        new String[] {"resume", "1", "--plain"}))) {
                    line.await("] > ", WAIT);
                    if (run > 0) {
                        lineStart.add(System.nanoTime() - start);
                    }
                    lineKb = memory(line.pid(), "VmRSS");
                    line.finish(WAIT);
                }
                PhoneMeeting.Started took = meeting.serve();
                if (run > 0) {
                    serveStart.add(took.toCode());
                    servePrompt.add(took.toPrompt());
                }
                if (run < STARTS) {
                    meeting.process().signal("TERM");
                }
            }
            serveIdleKb = memory(meeting.process().pid(), "VmRSS");
            // The phones join one by one, 0.1 s apart: the page rehearses meanwhile, as it does while a room joins.
            meeting.joinOneByOne(Duration.ofMillis(100));
            long serveCpuBefore = cpuNanos(meeting.process().pid());
            long phonesCpuBefore = ownCpuNanos();
            long itemCpu = serveCpuBefore;
            for (int item = 1; item <= items; item++) {
                meeting.open(item);
                List<PhoneMeeting.Answer> round = meeting.answerAll(item);
                for (PhoneMeeting.Answer a : round) {
                    if (a.acknowledged() && a.saved()) {
                        answers.add(a.nanos());
                        acks.add(a.ackNanos());
                    } else {
                        refused++;
                    }
                }
                if (Boolean.getBoolean("bench.items")) {
                    long cpu = cpuNanos(meeting.process().pid());
                    System.err.printf("item %d: slowest %.0f ms, serve processor %.0f ms since the last item%n", item,
                            round.stream().mapToLong(PhoneMeeting.Answer::nanos).max().orElse(0) / 1e6,
                            (cpu - itemCpu) / 1e6);
                    itemCpu = cpu;
                }
                PhoneMeeting.Stored stored = meeting.stored(item);
                lost += stored.lost(round).size();
                doubled += stored.doubled();
                if (item < items) {
                    meeting.revealAndNext(item);
                }
            }
            serveCpu = cpuNanos(meeting.process().pid()) - serveCpuBefore;
            phonesCpu = ownCpuNanos() - phonesCpuBefore;
            serveAfterKb = memory(meeting.process().pid(), "VmRSS");
            servePeakKb = memory(meeting.process().pid(), "VmHWM");
            if (profile != null) {
                meeting.process().signal("TERM"); // ends as a facilitator's Ctrl-C does, so the recording is written
            }
        }
        // A bare JVM that waits for its input to end, so its memory can be read while it runs.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> bare = List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                root.resolve("target/test-classes").toString(), BareJvmBench.class.getName());
        SamplesBench bareStart = StartupBench.time(bare, work, 1, 5);
        List<String> waiting = new ArrayList<>(bare);
        waiting.add(BareJvmBench.WAIT);
        long bareKb;
        try (BeraadProcess idle = BeraadProcess.start(new ProcessBuilder(waiting))) {
            idle.await(BareJvmBench.READY, WAIT);
            bareKb = memory(idle.pid(), "VmRSS");
            idle.finish(WAIT);
        }
        return new Measured(answers, acks, lost, doubled, refused, serveStart, servePrompt, lineStart, bareStart, bareKb, lineKb,
                serveIdleKb, serveAfterKb, servePeakKb, serveCpu, phonesCpu);
    }

    /**
     * The processor time a process has used (user and system, from /proc/PID/stat in clock ticks of
     * 10 ms); 0 where there is no /proc. Steadier than a percentile for seeing what a change saves.
     */
    private static long cpuNanos(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return 0;
        }
        String line = Files.readString(stat, StandardCharsets.US_ASCII);
        // The fields after the command name, which is in parentheses and may hold spaces.
        String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }

    /** The processor time of this JVM, where the simulated phones run. */
    private static long ownCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** A field of /proc/PID/status in kB (VmRSS: resident now, VmHWM: the most it was); 0 where there is no /proc. */
    private static long memory(long pid, String field) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
