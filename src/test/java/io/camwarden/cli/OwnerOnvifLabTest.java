package io.camwarden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.lab.LabDevices;
import io.camwarden.lab.OnvifSettingsDevice;
import io.camwarden.lab.OnvifSettingsDevice.Account;
import io.camwarden.lab.OnvifSettingsDevice.IpFilter;
import io.camwarden.lab.Peers;
import io.camwarden.probe.onvif.lab.SecureOnvifDevice;
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
 * AUTH-08 (extra accounts) and CFG-04 (IP filter) through `camwarden audit --credentials`, which reads both over
 * ONVIF with the owner's credentials. The lab's ONVIF devices lack the operations (see
 * {@link OnvifSettingsDevice}), so two of those devices play a camera with a legacy Dahua account, a guest and no
 * filter, and one with named accounts behind an allow-list; the CXF device (WSS4J checking the same token) shows
 * what a device that does not implement them gets. What the devices received is counted on their side.
 */
@Tag("lab")
class OwnerOnvifLabTest {

    private static final String NET = "127.0.11.";
    private static final String LOOSE = NET + "11";
    private static final String TIGHT = NET + "12";
    private static final String CXF = NET + "13";
    private static final String NO_CREDENTIALS = NET + "14";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Peers peers = new Peers();
    private static final Map<String, Map<String, JsonNode>> results = new HashMap<>();
    private static Cli audit;
    private static OnvifSettingsDevice loose;
    private static OnvifSettingsDevice tight;
    private static OnvifSettingsDevice anonymous;

    @BeforeAll
    static void startLabAndAudit(@TempDir Path dir) throws Exception {
        LabDevices lab = new LabDevices(peers);
        List<Integer> ports = new ArrayList<>();
        loose = peers.add(new OnvifSettingsDevice(LOOSE, List.of(new Account("admin", "Administrator"),
                new Account("888888", "Administrator"), new Account("guest", "User")), new IpFilter("Deny", List.of())));
        tight = peers.add(new OnvifSettingsDevice(TIGHT, List.of(new Account("admin", "Administrator"),
                new Account("vms-recorder", "Operator")), new IpFilter("Allow", List.of("10.20.0.0/24", "10.20.9.4/32"))));
        anonymous = peers.add(new OnvifSettingsDevice(NO_CREDENTIALS, List.of(new Account("admin", "Administrator")),
                new IpFilter("Allow", List.of("10.20.0.0/24"))));
        ports.add(loose.endpoint().port());
        ports.add(tight.endpoint().port());
        ports.add(anonymous.endpoint().port());
        ports.add(lab.secureOnvif(CXF).getPort());

        Path credentials = Files.writeString(dir.resolve("owner.credentials"), String.join("\n",
                LOOSE + " " + OnvifSettingsDevice.USER + ":" + OnvifSettingsDevice.PASSWORD,
                TIGHT + " " + OnvifSettingsDevice.USER + ":" + OnvifSettingsDevice.PASSWORD,
                CXF + " " + SecureOnvifDevice.USER + ":" + SecureOnvifDevice.PASSWORD) + "\n");
        Path out = dir.resolve("audit.jsonl");
        audit = Cli.run("audit", NET + "11-14", "--ports", String.join(",", new TreeSet<>(ports).stream()
                        .map(String::valueOf).toList()), "--no-ws-discovery", "--no-credential-audit",
                "--credentials", credentials.toString(), "--out", out.toString());
        for (String line : Files.readAllLines(out)) {
            JsonNode r = JSON.readTree(line);
            results.computeIfAbsent(r.get("ip").asString(), k -> new HashMap<>()).put(r.get("check").asString(), r);
        }
    }

    @AfterAll
    static void stop() {
        peers.close();
    }

    private static JsonNode result(String ip, String check) {
        Map<String, JsonNode> host = results.get(ip);
        assertThat(host).as("%s audited: %s", ip, audit).isNotNull();
        assertThat(host).as("%s has a %s result", ip, check).containsKey(check);
        return host.get(check);
    }

    private static String outcome(String ip, String check) {
        return result(ip, check).get("result").asString();
    }

    private static List<String> facts(String ip, String check) {
        List<String> out = new ArrayList<>();
        result(ip, check).get("evidence").forEach(f -> out.add(f.get("name").asString() + "=" + f.get("value").asString()));
        return out;
    }

    @Test
    void auth08ALegacyAccountAndAGuestFailNamedAccountsPass() {
        assertThat(outcome(LOOSE, "AUTH-08")).as(result(LOOSE, "AUTH-08").toString()).isEqualTo("FAIL");
        assertThat(result(LOOSE, "AUTH-08").get("summary").asString()).contains("888888", "guest",
                "2 Administrator accounts");
        assertThat(outcome(TIGHT, "AUTH-08")).as(result(TIGHT, "AUTH-08").toString()).isEqualTo("PASS");
        assertThat(facts(TIGHT, "AUTH-08")).contains("onvif.account=vms-recorder (Operator)");
    }

    @Test
    void cfg04NoFilterFailsAnAllowListPasses() {
        assertThat(outcome(LOOSE, "CFG-04")).as(result(LOOSE, "CFG-04").toString()).isEqualTo("FAIL");
        assertThat(result(LOOSE, "CFG-04").get("summary").asString()).contains("No IP address filter");
        assertThat(outcome(TIGHT, "CFG-04")).as(result(TIGHT, "CFG-04").toString()).isEqualTo("PASS");
        assertThat(facts(TIGHT, "CFG-04")).contains("onvif.ip_filter.type=Allow",
                "onvif.ip_filter.address=10.20.0.0/24", "onvif.ip_filter.address=10.20.9.4/32");
    }

    @Test
    void theDevicesReceivedEachReadOnceWithTheOwnersValidTokenAndNoWrite() {
        for (OnvifSettingsDevice d : List.of(loose, tight)) {
            var filterReads = d.requests().stream().filter(r -> r.operation().equals("GetIPAddressFilter")).toList();
            assertThat(filterReads).as("GetIPAddressFilter at %s", d.endpoint()).singleElement()
                    .satisfies(r -> assertThat(r.authenticatedUser()).isEqualTo(OnvifSettingsDevice.USER));
            assertThat(d.requests()).filteredOn(r -> r.operation().equals("GetUsers")
                    && OnvifSettingsDevice.USER.equals(r.authenticatedUser())).hasSize(1);
            assertThat(d.requests()).noneMatch(r -> r.operation().matches("(Set|Create|Delete|Add|Remove|System).*"));
        }
    }

    @Test
    void withoutTheOwnersCredentialsBothAreNotTestedAndNothingIsSentWithAToken() {
        assertThat(outcome(NO_CREDENTIALS, "AUTH-08")).isEqualTo("NOT_TESTED");
        assertThat(outcome(NO_CREDENTIALS, "CFG-04")).isEqualTo("NOT_TESTED");
        assertThat(result(NO_CREDENTIALS, "CFG-04").get("summary").asString()).contains("--credentials");
        assertThat(anonymous.requests()).isNotEmpty().allMatch(r -> r.authenticatedUser() == null);
        assertThat(anonymous.requests()).noneMatch(r -> r.operation().equals("GetIPAddressFilter"));
    }

    @Test
    void aRealWsSecurityStackThatLacksTheOperationsTakesTheTokenAndSaysSo() {
        // WSS4J accepts the owner's token, then the device answers that it has no such operation: no IP filter to
        // judge, and its accounts cannot be listed
        assertThat(outcome(CXF, "CFG-04")).as(result(CXF, "CFG-04").toString()).isEqualTo("NOT_APPLICABLE");
        assertThat(facts(CXF, "CFG-04")).anyMatch(f -> f.contains("Action not supported: GetIPAddressFilter"));
        assertThat(outcome(CXF, "AUTH-08")).isEqualTo("NOT_TESTED");
        assertThat(facts(CXF, "AUTH-08")).anyMatch(f -> f.contains("Action not supported: GetUsers"));
    }
}
