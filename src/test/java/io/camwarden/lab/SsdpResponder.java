package io.camwarden.lab;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small UPnP device for the NET-02 tests, written here because the lab has no SSDP peer (no miniupnpd or
 * similar in it): listens on udp/1900 of one loopback address and answers an M-SEARCH the way camera UPnP
 * stacks do (UPnP Device Architecture 1.1 §1.3.3: 200 OK with CACHE-CONTROL, LOCATION, SERVER, ST, USN), from
 * another source port, as many devices do.
 */
public final class SsdpResponder implements AutoCloseable {

    public static final String SERVER = "Linux/3.10 UPnP/1.0 IPCamera/1.0";

    private final DatagramSocket socket;
    private final DatagramSocket reply;
    private final String location;
    private final AtomicInteger searches = new AtomicInteger();

    public SsdpResponder(String address, int descriptionPort) throws IOException {
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), 1900));
        reply = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
        location = "http://" + address + ":" + descriptionPort + "/rootDesc.xml";
        Thread.ofPlatform().daemon().name("ssdp-" + address).start(this::serve);
    }

    public String location() {
        return location;
    }

    /** M-SEARCH requests received. */
    public int searches() {
        return searches.get();
    }

    private void serve() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                String request = new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1);
                if (!request.startsWith("M-SEARCH * HTTP/1.1")) {
                    continue;
                }
                searches.incrementAndGet();
                byte[] answer = ("HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\nLOCATION: " + location
                        + "\r\nSERVER: " + SERVER + "\r\nST: upnp:rootdevice\r\n"
                        + "USN: uuid:2f402f80-da50-11e1-9b23-001788000001::upnp:rootdevice\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                reply.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        reply.close();
    }
}
