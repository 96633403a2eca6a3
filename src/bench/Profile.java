import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;

import com.sun.tools.attach.VirtualMachine;

/**
 * Where a running JVM spends its CPU, sampled by async-profiler (from Maven Central, {@code
 * tools.profiler:async-profiler}), with next to no cost to the process: Java Flight Recorder's method profiling slows
 * this API several times over while it records, which changes what it measures.
 * <p>
 * {@code java src/bench/Profile.java PID SECONDS OUT [rows] [alloc]}: attaches to PID, samples its CPU every
 * millisecond for SECONDS (with {@code alloc}: the stacks that allocate, weighted by the bytes they allocate), writes
 * the stacks to OUT (collapsed: one line per stack with its count, for flame-graph tools) and
 * prints the frames most often on top of the stacks (self) and anywhere on them (total). Drive the load meanwhile,
 * e.g. with {@code benchmark.sh --serve} and wrk. The agent's library is read from the local Maven repository; fetch it
 * once with {@code ./mvnw dependency:get -Dartifact=tools.profiler:async-profiler:3.0}. Linux x64 and arm64.
 */
public class Profile {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/bench/Profile.java PID SECONDS OUT [rows] [alloc]");
            System.exit(2);
        }
        String pid = args[0];
        long seconds = Long.parseLong(args[1]);
        Path out = Path.of(args[2]).toAbsolutePath();
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        boolean alloc = args.length > 4 && args[4].equals("alloc");
        Path library = library();
        VirtualMachine vm = VirtualMachine.attach(pid);
        try {
            vm.loadAgentPath(library.toString(), alloc ? "start,event=alloc" : "start,event=cpu,interval=1ms");
            Thread.sleep(seconds * 1000);
            vm.loadAgentPath(library.toString(), "stop,collapsed" + (alloc ? ",total" : "") + ",file=" + out);
        } finally {
            vm.detach();
        }
        summarize(Files.readAllLines(out), rows);
    }

    /** The agent for this machine, taken out of async-profiler's jar in the local Maven repository. */
    private static Path library() throws IOException {
        Path jar = Path.of(System.getProperty("user.home"),
                ".m2/repository/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no async-profiler in " + jar
                    + ": ./mvnw dependency:get -Dartifact=tools.profiler:async-profiler:3.0");
        }
        String arch = System.getProperty("os.arch").contains("aarch64") ? "linux-arm64" : "linux-x64";
        Path library = Files.createTempDirectory("async-profiler").resolve("libasyncProfiler.so");
        try (ZipFile zip = new ZipFile(jar.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(arch + "/libasyncProfiler.so"))) {
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return library;
    }

    private static void summarize(List<String> stacks, int rows) {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long samples = 0;
        for (String line : stacks) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1));
            String[] frames = line.substring(0, space).split(";");
            samples += count;
            self.merge(frames[frames.length - 1], count, Long::sum);
            Set<String> seen = new HashSet<>(List.of(frames));
            for (String frame : seen) {
                total.merge(frame, count, Long::sum);
            }
        }
        System.out.println(samples + " samples");
        print("self", self, samples, rows);
        print("total", total, samples, rows * 3);
    }

    private static void print(String title, Map<String, Long> counts, long samples, int rows) {
        System.out.println();
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
