/*
 * Lookup speed of the generated Java package against the tables a Java
 * programmer writes by hand: a switch and a HashMap. Run by
 * internal/bench/cmd/benchproc (make bench), which writes HandTable.java
 * beside this file (a switch over the codes of the same table, and its codes
 * and texts) and compiles both with the generated sources:
 *
 *   java -cp classes Lookup mix.txt
 *
 * Prints one line per contender: "group: contender<TAB>ns per lookup" in
 * each of 9 rounds that time every contender in turn (space-separated), the
 * generated function first in each group. A lookup includes the loop that
 * drives it, the same for every contender.
 */

import io.github.ftpcodes.FtpCodes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class Lookup {
    private static final int ROUNDS = 9;

    private interface Pass {
        long run(int[] codes);
    }

    private static final class Contender {
        final String name;
        final Pass pass;

        Contender(String name, Pass pass) {
            this.name = name;
            this.pass = pass;
        }
    }

    private static long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The thread's CPU time, not the wall clock: on a machine shared with
     * other work, time spent waiting for a CPU is not the lookup's.
     */
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Passes over the stream for about 20 ms. */
    private static long calibrate(Pass pass, int[] codes) {
        long passes = 1;
        for (;;) {
            long t0 = cpuNanos();
            for (long p = 0; p < passes; p++) {
                sink += pass.run(codes);
            }
            if (cpuNanos() - t0 > 20_000_000L) {
                return passes;
            }
            passes *= 2;
        }
    }

    public static void main(String[] args) throws IOException {
        String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        int[] mix = text.trim().lines().mapToInt(Integer::parseInt).toArray();
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < HandTable.CODES.length; i++) {
            map.put(HandTable.CODES[i], HandTable.TEXTS[i]);
        }
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("text: replyText", codes -> {
            long n = 0;
            for (int c : codes) {
                n += length(FtpCodes.replyText(c));
            }
            return n;
        }));
        contenders.add(new Contender("text: hand-written switch", codes -> {
            long n = 0;
            for (int c : codes) {
                n += length(HandTable.text(c));
            }
            return n;
        }));
        contenders.add(new Contender("text: HashMap<Integer, String>", codes -> {
            long n = 0;
            for (int c : codes) {
                n += length(map.get(c));
            }
            return n;
        }));
        for (Contender c : contenders) {
            calibrate(c.pass, mix); // the JIT's tiers
            calibrate(c.pass, mix);
        }
        long[] passes = new long[contenders.size()];
        for (int i = 0; i < passes.length; i++) {
            passes[i] = calibrate(contenders.get(i).pass, mix);
        }
        // One timing of each contender per round, so that a burst of other
        // work on the machine slows every contender alike.
        StringBuilder[] times = new StringBuilder[contenders.size()];
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < passes.length; i++) {
                Pass pass = contenders.get(i).pass;
                long t0 = cpuNanos();
                for (long p = 0; p < passes[i]; p++) {
                    sink += pass.run(mix);
                }
                double ns = (double) (cpuNanos() - t0) / ((double) passes[i] * mix.length);
                if (times[i] == null) {
                    times[i] = new StringBuilder();
                } else {
                    times[i].append(' ');
                }
                times[i].append(String.format(Locale.ROOT, "%.3f", ns));
            }
        }
        for (int i = 0; i < passes.length; i++) {
            System.out.println(contenders.get(i).name + "\t" + times[i]);
        }
        if (sink == 1) {
            System.out.println();
        }
    }
}
