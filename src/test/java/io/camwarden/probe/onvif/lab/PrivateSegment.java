package io.camwarden.probe.onvif.lab;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private two-host network segment for multicast tests: network namespaces {@code cwonvif-a} (a device,
 * 10.98.0.2) and {@code cwonvif-b} (a prober, 10.98.0.1) joined by one veth pair, with 224.0.0.0/4 routed over it.
 * Multicast never leaves it, and it is deleted on close (deleting a namespace deletes its veth end and so the
 * pair). Needs root, like the rest of the lab.
 */
public final class PrivateSegment implements AutoCloseable {

    public static final String DEVICE_NS = "cwonvif-a";
    public static final String PROBER_NS = "cwonvif-b";
    public static final String DEVICE_IP = "10.98.0.2";
    public static final String PROBER_IP = "10.98.0.1";

    private PrivateSegment() {
    }

    public static PrivateSegment create() throws IOException, InterruptedException {
        deleteNamespaces(); // left over from an interrupted run
        PrivateSegment segment = new PrivateSegment();
        try {
            ip("netns", "add", DEVICE_NS);
            ip("netns", "add", PROBER_NS);
            ip("link", "add", "cwo-a", "type", "veth", "peer", "name", "cwo-b");
            ip("link", "set", "cwo-a", "netns", DEVICE_NS);
            ip("link", "set", "cwo-b", "netns", PROBER_NS);
            ip("-n", DEVICE_NS, "addr", "add", DEVICE_IP + "/24", "dev", "cwo-a");
            ip("-n", PROBER_NS, "addr", "add", PROBER_IP + "/24", "dev", "cwo-b");
            for (String ns : List.of(DEVICE_NS, PROBER_NS)) {
                ip("-n", ns, "link", "set", "lo", "up");
            }
            ip("-n", DEVICE_NS, "link", "set", "cwo-a", "up");
            ip("-n", PROBER_NS, "link", "set", "cwo-b", "up");
            ip("-n", DEVICE_NS, "route", "add", "224.0.0.0/4", "dev", "cwo-a");
            ip("-n", PROBER_NS, "route", "add", "224.0.0.0/4", "dev", "cwo-b");
            return segment;
        } catch (IOException | RuntimeException e) {
            segment.close();
            throw e;
        }
    }

    /** The command, run inside namespace {@code ns}. */
    public static List<String> in(String ns, List<String> command) {
        List<String> out = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        out.addAll(command);
        return out;
    }

    /** Runs a command inside {@code ns} to its end and returns its output (stdout and stderr). */
    public static Result run(String ns, List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(in(ns, command)).redirectErrorStream(true).start();
        var output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(p.getInputStream().readAllBytes()));
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
        }
        reader.join(5_000);
        return new Result(p.exitValue(), output.toString());
    }

    public record Result(int exitCode, String output) {
    }

    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed (the lab needs root and iproute2): " + out.strip());
        }
    }

    private static void deleteNamespaces() throws InterruptedException {
        for (String ns : List.of(DEVICE_NS, PROBER_NS)) {
            try {
                new ProcessBuilder("ip", "netns", "del", ns).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException ignored) {
                // no ip binary: create() will say so
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        deleteNamespaces();
    }
}
