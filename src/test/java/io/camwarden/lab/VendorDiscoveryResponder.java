package io.camwarden.lab;

import io.camwarden.probe.Endpoint;
import io.camwarden.probe.activation.DhipMessages;
import io.camwarden.probe.activation.SadpMessages;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A camera's vendor discovery side for the AUTH-05 tests, written here because the lab has no SADP or DHIP peer
 * (the vendors' tools are Windows programs, and no open implementation of the device side exists): on one
 * loopback address it answers a Hikvision SADP inquiry on udp/37020 with a ProbeMatch, or a Dahua DHIP search on
 * udp/37810 with client.notifyDevInfo, in the vendors' formats (fields as public captures show them), from
 * another source port as devices do. It also listens on a TCP port, as every camera has some service the sweep
 * finds. It counts the questions it received.
 */
public final class VendorDiscoveryResponder implements AutoCloseable {

    public enum Protocol { SADP, DHIP }

    private final DatagramSocket socket;
    private final DatagramSocket reply;
    private final ServerSocket tcp;
    private final Protocol protocol;
    private final String flag;
    private final AtomicInteger questions = new AtomicInteger();

    /**
     * @param flag for SADP the Activated text ("true", "false"); for DHIP the JSON value of Init ("false", "150")
     */
    public VendorDiscoveryResponder(String address, Protocol protocol, String flag) throws IOException {
        this.protocol = protocol;
        this.flag = flag;
        InetAddress at = InetAddress.getByName(address);
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(at, protocol == Protocol.SADP ? SadpMessages.PORT : DhipMessages.PORT));
        reply = new DatagramSocket(new InetSocketAddress(at, 0));
        tcp = new ServerSocket(0, 8, at);
        Thread.ofPlatform().daemon().name("discovery-" + address).start(this::serve);
        Thread.ofPlatform().daemon().name("discovery-tcp-" + address).start(this::accept);
    }

    /** The TCP port the camera has open. */
    public Endpoint endpoint() {
        return new Endpoint(tcp.getInetAddress().getHostAddress(), tcp.getLocalPort());
    }

    public int questions() {
        return questions.get();
    }

    private void serve() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                byte[] answer = null;
                if (protocol == Protocol.SADP && text.contains("<Types>inquiry</Types>")) {
                    String uuid = text.replaceAll("(?s).*<Uuid>([^<]*)</Uuid>.*", "$1");
                    answer = probeMatch(uuid).getBytes(StandardCharsets.UTF_8);
                } else if (protocol == Protocol.DHIP && p.getLength() > 32 && text.startsWith("DHIP", 4)
                        && text.contains("DHDiscover.search")) {
                    answer = DhipMessages.frame(devInfo());
                }
                if (answer != null) {
                    questions.incrementAndGet();
                    reply.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void accept() {
        while (!tcp.isClosed()) {
            try (Socket s = tcp.accept()) {
                s.setSoTimeout(200);
                s.getInputStream().read(new byte[256]); // a service that reads a request and hangs up
            } catch (IOException ignored) {
                // closed, or the client went away
            }
        }
    }

    private String probeMatch(String uuid) {
        String ip = socket.getLocalAddress().getHostAddress();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ProbeMatch><Uuid>" + uuid + "</Uuid><Types>inquiry</Types>"
                + "<DeviceType>139863</DeviceType><DeviceDescription>DS-2CD2143G0-I</DeviceDescription>"
                + "<DeviceSN>DS-2CD2143G0-I20200101AAWRE12345678</DeviceSN><CommandPort>8000</CommandPort>"
                + "<HttpPort>80</HttpPort><MAC>c4-2f-90-aa-bb-cc</MAC><IPv4Address>" + ip + "</IPv4Address>"
                + "<IPv4SubnetMask>255.0.0.0</IPv4SubnetMask><IPv4Gateway>127.0.0.1</IPv4Gateway>"
                + "<IPv6Address>::</IPv6Address><DHCP>false</DHCP><AnalogChannelNum>0</AnalogChannelNum>"
                + "<DigitalChannelNum>1</DigitalChannelNum><SoftwareVersion>V5.6.3build 190923</SoftwareVersion>"
                + "<DSPVersion>V7.3 build 190923</DSPVersion><BootTime>2026-11-30 08:00:00</BootTime>"
                + "<Encrypt>true</Encrypt><ResetAbility>false</ResetAbility><DiskNumber>0</DiskNumber>"
                + "<Activated>" + flag + "</Activated><PasswordResetAbility>true</PasswordResetAbility></ProbeMatch>";
    }

    private String devInfo() {
        String ip = socket.getLocalAddress().getHostAddress();
        return "{ \"mac\" : \"4c:11:bf:c2:0b:9d\", \"method\" : \"client.notifyDevInfo\", \"params\" : { \"deviceInfo\" :"
                + " { \"AlarmInputChannels\" : 0, \"AlarmOutputChannels\" : 0, \"DeviceClass\" : \"IPC\", \"DeviceType\" :"
                + " \"IPC-HDW5421S\", \"HttpPort\" : 80, \"IPv4Address\" : { \"DefaultGateway\" : \"127.0.0.1\","
                + " \"DhcpEnable\" : false, \"IPAddress\" : \"" + ip + "\", \"SubnetMask\" : \"255.0.0.0\" },"
                + " \"MachineName\" : \"1F006E4PAX00075\", \"Manufacturer\" : \"Private\", \"Port\" : 37777,"
                + " \"SerialNo\" : \"1F006E4PAX00075\", \"Vendor\" : \"Dahua\", \"Version\" : \"2.800.0000000.16.R\","
                + " \"VideoInputChannels\" : 1, \"VideoOutputChannels\" : 0, \"Init\" : " + flag + " } } }\n";
    }

    @Override
    public void close() throws IOException {
        socket.close();
        reply.close();
        tcp.close();
    }
}
