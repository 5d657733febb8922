package io.camwarden.probe;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A camera-lab peer (GStreamer, lighttpd, telnetd under socat) started by a test: waits until its
 * port accepts connections, and kills it with its children when the test ends. Its output goes to a
 * file shown in the failure message, so a peer that does not start says why.
 */
public final class LabProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String description;

    private LabProcess(Process process, Path log, String description) {
        this.process = process;
        this.log = log;
        this.description = description;
    }

    /** The shared folder beside the project ({@code ../shared}), as surefire passes it. */
    public static Path shared() {
        return Path.of(System.getProperty("camwarden.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** A TCP port free on the given loopback address right now. */
    public static int freePort(String address) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return s.getLocalPort();
        }
    }

    public static LabProcess start(List<String> command, String host, int port, Duration startup) throws IOException {
        Path log = Files.createTempFile("camwarden-lab-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LabProcess lab = new LabProcess(process, log, String.join(" ", command));
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 200);
                return lab;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    break;
                }
                sleep(100);
            }
        }
        String output = lab.output();
        lab.close();
        throw new IllegalStateException("lab peer did not listen on " + host + ":" + port + " within "
                + startup.toSeconds() + " s: " + lab.description + "\n" + output);
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Runs a reference client to completion and returns its exit code and output. */
    public static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        File out = Files.createTempFile("camwarden-ref-", ".out").toFile();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        if (!p.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("reference client timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), Files.readString(out.toPath()));
    }

    /** A reference client's exit code and combined output. */
    public record Result(int exit, String output) {
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
