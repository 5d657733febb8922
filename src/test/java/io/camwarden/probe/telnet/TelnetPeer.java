package io.camwarden.probe.telnet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Helpers for scripted telnet servers: read a line the client typed, skipping its option replies. */
final class TelnetPeer {

    static final int IAC = 255;
    static final int SB = 250;
    static final int SE = 240;

    private TelnetPeer() {
    }

    /** The next line the client sent, without telnet commands and line end; null at end of stream. */
    static String readLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == IAC) {
                int command = in.read();
                if (command == SB) {
                    int prev = 0;
                    for (int c = in.read(); c >= 0 && !(prev == IAC && c == SE); c = in.read()) {
                        prev = c;
                    }
                } else {
                    in.read(); // the option
                }
                continue;
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (b != '\r' && b != 0) {
                line.write(b);
            }
        }
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
