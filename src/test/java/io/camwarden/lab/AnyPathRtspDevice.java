package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RTSP server that answers DESCRIBE with 200 and a video SDP for every path, but has no stream behind it
 * (SETUP fails): the behaviour of cheap cameras and NVR firmware whose RTSP daemon hands out one canned SDP,
 * which AUTH-03 must not take for open video. Written here because GStreamer refuses unknown paths with 404;
 * ffprobe is the reference that nothing plays.
 */
public final class AnyPathRtspDevice implements AutoCloseable {

    private static final Pattern CSEQ = Pattern.compile("(?im)^CSeq:\\s*(\\d+)");
    private final ServerSocket server;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    public AnyPathRtspDevice(String address) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(address), 0), 50);
        Thread.ofPlatform().daemon().name("any-path-rtsp").start(this::acceptLoop);
    }

    public Endpoint endpoint() {
        return new Endpoint(server.getInetAddress().getHostAddress(), server.getLocalPort());
    }

    /** The first line of every request received. */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofPlatform().daemon().start(() -> serve(s));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            for (String request; (request = readRequest(in)) != null; ) {
                String line = request.lines().findFirst().orElse("");
                requestLines.add(line);
                Matcher m = CSEQ.matcher(request);
                String cseq = m.find() ? m.group(1) : "0";
                String method = line.split(" ", 2)[0];
                String url = line.split(" ").length > 1 ? line.split(" ")[1] : "rtsp://" + endpoint().authority() + "/";
                String reply = switch (method) {
                    case "OPTIONS" -> head("200 OK", cseq) + "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n\r\n";
                    case "DESCRIBE" -> {
                        String sdp = "v=0\r\no=- 1 1 IN IP4 " + endpoint().host() + "\r\ns=Media Presentation\r\n"
                                + "c=IN IP4 0.0.0.0\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
                                + "a=control:trackID=1\r\n";
                        yield head("200 OK", cseq) + "Content-Base: " + url + "/\r\nContent-Type: application/sdp\r\n"
                                + "Content-Length: " + sdp.length() + "\r\n\r\n" + sdp;
                    }
                    case "SETUP" -> head("454 Session Not Found", cseq) + "\r\n";
                    default -> head("405 Method Not Allowed", cseq) + "\r\n";
                };
                s.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    private static String head(String status, String cseq) {
        return "RTSP/1.0 " + status + "\r\nCSeq: " + cseq + "\r\nServer: Rtsp Server/2.0\r\n";
    }

    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4 && seen.size() < 16 * 1024) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            seen.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
