package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.Peers;
import io.camwarden.lab.VendorDiscoveryResponder;
import io.camwarden.lab.VendorDiscoveryResponder.Protocol;
import io.camwarden.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AUTH-05 through `camwarden audit`: an un-activated Hikvision camera (SADP Activated=false) and an
 * uninitialised Dahua one (DHIP Init false) fail, their set-up twins pass, a Dahua reply with only the numeric
 * Init is not tested. The devices are {@link VendorDiscoveryResponder}s on the registered UDP ports; each counts
 * the questions it got, so the audit is seen to ask once.
 */
@Tag("lab")
class ActivationLabTest {

    private static final String NET = "127.0.13.";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Peers peers = new Peers();
    private static final Map<String, JsonNode> results = new HashMap<>();
    private static final Map<String, VendorDiscoveryResponder> devices = new HashMap<>();
    private static Cli audit;

    @BeforeAll
    static void startAndAudit(@TempDir Path dir) throws Exception {
        List<Integer> ports = new ArrayList<>();
        Object[][] setup = {{"11", Protocol.SADP, "false"}, {"12", Protocol.SADP, "true"}, {"13", Protocol.DHIP, "false"},
                {"14", Protocol.DHIP, "true"}, {"15", Protocol.DHIP, "150"}};
        for (Object[] s : setup) {
            VendorDiscoveryResponder d = peers.add(new VendorDiscoveryResponder(NET + s[0], (Protocol) s[1], (String) s[2]));
            devices.put(NET + s[0], d);
            ports.add(d.endpoint().port());
        }
        Path out = dir.resolve("audit.jsonl");
        audit = Cli.run("audit", NET + "11-15", "--ports", String.join(",", new TreeSet<>(ports).stream()
                .map(String::valueOf).toList()), "--no-ws-discovery", "--no-credential-audit", "--out", out.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode r = JSON.readTree(line);
            if (r.get("check").asString().equals("AUTH-05")) {
                results.put(r.get("ip").asString(), r);
            }
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static JsonNode result(String last) {
        assertThat(results).as(audit.toString()).containsKey(NET + last);
        return results.get(NET + last);
    }

    @Test
    void anInactiveHikvisionFailsAnActivatedOnePasses() {
        assertThat(result("11").get("result").asString()).isEqualTo("FAIL");
        assertThat(result("11").get("port").asInt()).isEqualTo(37020);
        assertThat(result("11").get("summary").asString()).contains("not activated", "Activated=false");
        assertThat(result("11").get("evidence").get(0).get("value").asString())
                .isEqualTo("DS-2CD2143G0-I V5.6.3build 190923: Activated=false");
        assertThat(result("12").get("result").asString()).isEqualTo("PASS");
    }

    @Test
    void anUninitialisedDahuaFailsAnInitialisedOnePassesTheNumericFormIsNotTested() {
        assertThat(result("13").get("result").asString()).isEqualTo("FAIL");
        assertThat(result("13").get("port").asInt()).isEqualTo(37810);
        assertThat(result("14").get("result").asString()).isEqualTo("PASS");
        assertThat(result("15").get("result").asString()).isEqualTo("NOT_TESTED");
        assertThat(result("15").get("evidence").get(0).get("value").asString()).endsWith("Init=150");
    }

    @Test
    void eachDeviceWasAskedOnceAndOnlyTheAskedHostCounts() {
        devices.forEach((ip, d) -> assertThat(d.questions()).as(ip).isEqualTo(1));
    }
}
