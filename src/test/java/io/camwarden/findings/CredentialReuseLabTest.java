package io.camwarden.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.LabDevices;
import io.camwarden.lab.Peers;
import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Cli;
import io.camwarden.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * AUTH-06 end to end: `camwarden audit --server` runs the credential audit on four GStreamer RTSP servers with
 * Digest, and the server compares what it found across each owner's devices. Two cameras of one owner share
 * admin/12345 (both fail), a third of that owner has its own password (passes), and a camera of another owner
 * with admin/12345 too passes: the fleet is the owner's. The comparison uses the stored fingerprints; the
 * database never holds a password in the clear.
 */
@Tag("lab")
@CamWardenTest
class CredentialReuseLabTest {

    private static final String NET = "127.0.12.";
    private static final Peers peers = new Peers();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stop() {
        peers.close();
    }

    @Test
    void aPasswordSharedByTwoDevicesOfAnOwnerFailsBothAndPassesTheRest() throws Exception {
        LabDevices lab = new LabDevices(peers);
        Fixtures fx = new Fixtures(port);
        Api admin = Api.admin(port);
        long ownerA = fx.organization(Fixtures.unique("Reuse owner A"), "OWNER", null);
        long ownerB = fx.organization(Fixtures.unique("Reuse owner B"), "OWNER", null);
        String[] passwords = {"12345", "12345", "1234", "12345"};
        long[] owners = {ownerA, ownerA, ownerA, ownerB};
        long[] devices = new long[4];
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String ip = NET + (11 + i);
            ports.add(lab.rtsp(ip, "digest", "/stream1", passwords[i]).port());
            devices[i] = fx.device(owners[i], null, Fixtures.unique("REUSE-" + i), ip);
        }
        String token = admin.post("/api/v1/tokens", Map.of("name", "audit upload")).json().get("secret").asString();
        Cli audit = Cli.run("audit", NET + "11-14", "--ports", String.join(",", new TreeSet<>(ports).stream()
                        .map(String::valueOf).toList()), "--no-ws-discovery", "--server", "http://127.0.0.1:" + port,
                "--token", token, "--out", java.nio.file.Files.createTempFile("reuse", ".jsonl").toString());
        assertThat(audit.err()).as(audit.toString()).contains("uploaded to");

        long assessment = jdbc.sql("SELECT MAX(id) FROM assessment").query(Long.class).single();
        assertThat(auth06(admin, assessment, devices[0]).get("outcome").asString()).isEqualTo("FAIL");
        JsonNode second = auth06(admin, assessment, devices[1]);
        assertThat(second.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(second.toString()).contains("device " + devices[0]).doesNotContain("12345");
        assertThat(auth06(admin, assessment, devices[2]).get("outcome").asString()).isEqualTo("PASS");
        assertThat(auth06(admin, assessment, devices[3]).get("outcome").asString())
                .as("another owner's camera with the same default is that owner's fleet").isEqualTo("PASS");

        List<String> stored = jdbc.sql("SELECT sealed_password || ' ' || fingerprint FROM found_credential"
                + " WHERE device_id IN (:d)").param("d", List.of(devices[0], devices[1], devices[2], devices[3]))
                .query(String.class).list();
        assertThat(stored).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("v1:").doesNotContain("12345"));
    }

    private static JsonNode auth06(Api admin, long assessment, long device) {
        JsonNode page = admin.get("/api/v1/assessments/" + assessment + "/results?deviceId=" + device + "&size=200").json();
        for (JsonNode r : page.get("items")) {
            if (r.get("checkId").asString().equals("AUTH-06")) {
                return r;
            }
        }
        throw new AssertionError("no AUTH-06 result for device " + device + ": " + page);
    }
}
