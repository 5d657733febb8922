package io.camwarden.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import io.camwarden.support.Cli;
import io.camwarden.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@CamWardenTest
class DeviceImportTest {

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String dbUrl;
    @Value("${spring.datasource.username}")
    String dbUser;

    /** Ten rows: seven good, then a bad MAC, an unknown owner, and a row with neither serial nor MAC. */
    private String tenRows(String owner, String site, String system) {
        StringBuilder csv = new StringBuilder("serial,mac,ip,kind,vendor,model,firmware,owner,site,information_system,"
                + "installed_on,end_of_support,certificate_origin,certificate_quality,qcvn135\n");
        String tag = Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 7; i++) {
            csv.append(String.format("SN-%s-%d,02:00:00:%02x:%02x:0%d,10.50.%d.%d,CAMERA,Hikvision,DS-2CD2143G0-I,"
                            + "V5.5.0 build 170725,%s,%s,%s,2024-03-0%d,2029-12-31,CO-%d,CQ-%d,QCVN135-%d\n",
                    tag, i, i, (int) (System.nanoTime() & 0xff), i, i, i, owner, site, system, i, i, i, i));
        }
        csv.append("SN-").append(tag).append("-8,zz:zz:zz,10.50.8.8,CAMERA,Dahua,IPC-HFW1230S,,").append(owner)
                .append(",,,,,,,\n");
        csv.append("SN-").append(tag).append("-9,,10.50.9.9,CAMERA,Dahua,IPC-HFW1230S,,No Such Owner Ltd,,,,,,,\n");
        csv.append(",,10.50.10.10,NVR,Hikvision,DS-7608NI,,").append(owner).append(",,,,,,,\n");
        return csv.toString();
    }

    @Test
    void tenRowsThreeMalformedStoresSevenAndReimportChangesNothing() {
        Fixtures fx = new Fixtures(port);
        String ownerName = Fixtures.unique("Import Owner");
        long owner = fx.organization(ownerName, "OWNER", null);
        String siteName = Fixtures.unique("Gate");
        fx.site(owner, siteName, "Quận 1");
        String systemName = Fixtures.unique("Traffic cameras");
        fx.informationSystem(owner, systemName, 3);
        String csv = tenRows(ownerName, siteName, systemName);
        Api admin = Api.admin(port);

        Api.Response first = admin.send("POST", "/api/v1/devices/import", "text/csv", csv);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode r = first.json();
        assertThat(r.get("created").asInt()).isEqualTo(7);
        assertThat(r.get("updated").asInt()).isZero();
        assertThat(r.get("unchanged").asInt()).isZero();
        JsonNode rejected = r.get("rejected");
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(8);
        assertThat(rejected.get(0).get("reason").asString()).contains("mac").contains("'zz:zz:zz' is not a MAC address");
        assertThat(rejected.get(1).get("row").asInt()).isEqualTo(9);
        assertThat(rejected.get(1).get("reason").asString()).contains("owner").contains("No Such Owner Ltd");
        assertThat(rejected.get(2).get("row").asInt()).isEqualTo(10);
        assertThat(rejected.get(2).get("reason").asString()).contains("serial and mac are both empty");

        JsonNode stored = admin.get("/api/v1/devices?organizationId=" + owner + "&size=100").json();
        assertThat(stored.get("total").asInt()).isEqualTo(7);
        JsonNode one = stored.get("items").get(0);
        assertThat(one.get("siteId").asLong()).isPositive();
        assertThat(one.get("informationSystemId").asLong()).isPositive();
        assertThat(one.get("installedOn").asString()).startsWith("2024-03-0");
        assertThat(one.get("qcvn135").asString()).startsWith("QCVN135-");

        JsonNode again = admin.send("POST", "/api/v1/devices/import", "text/csv", csv).json();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(7);
        assertThat(again.get("rejected")).hasSize(3);
        assertThat(admin.get("/api/v1/devices/count?organizationId=" + owner).json().get("count").asInt()).isEqualTo(7);
    }

    @Test
    void changedRowsUpdateAndLeaveFieldLevelHistory() {
        Fixtures fx = new Fixtures(port);
        String ownerName = Fixtures.unique("History Owner");
        long owner = fx.organization(ownerName, "OWNER", null);
        Api admin = Api.admin(port);
        String header = "serial,mac,ip,kind,vendor,model,firmware,owner\n";
        admin.send("POST", "/api/v1/devices/import", "text/csv",
                header + "H-1,,10.60.0.1,CAMERA,Dahua,IPC-HDW2431T,2.800.0000000.16.R,\"" + ownerName + "\"\n");
        JsonNode report = admin.send("POST", "/api/v1/devices/import", "text/csv",
                header + "H-1,,10.60.0.1,CAMERA,Dahua,IPC-HDW2431T,2.840.0000000.5.R,\"" + ownerName + "\"\n").json();
        assertThat(report.get("updated").asInt()).isEqualTo(1);

        long id = admin.get("/api/v1/devices?organizationId=" + owner).json().get("items").get(0).get("id").asLong();
        JsonNode history = admin.get("/api/v1/devices/" + id + "/history").json();
        assertThat(history.get(0).get("field").asString()).isEqualTo("firmware");
        assertThat(history.get(0).get("oldValue").asString()).isEqualTo("2.800.0000000.16.R");
        assertThat(history.get(0).get("newValue").asString()).isEqualTo("2.840.0000000.5.R");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("admin");
        assertThat(history.get(1).get("newValue").asString()).isEqualTo("created");
    }

    @Test
    void dryRunWritesNothingAndJsonImportUsesTheSameColumns() {
        Fixtures fx = new Fixtures(port);
        String ownerName = Fixtures.unique("Json Owner");
        long owner = fx.organization(ownerName, "OWNER", null);
        Api admin = Api.admin(port);
        String body = Api.json(List.of(
                java.util.Map.of("serial", "J-1", "ip", List.of("10.70.0.1", "10.70.0.2"), "ports", List.of(80, 554),
                        "owner", ownerName, "vendor", "Axis", "kind", "camera"),
                java.util.Map.of("mac", "00-40-8C-12-34-56", "owner", "#" + owner, "tags", List.of("school", "gate"))));
        JsonNode dry = admin.send("POST", "/api/v1/devices/import?dryRun=true", "application/json", body).json();
        assertThat(dry.get("created").asInt()).isEqualTo(2);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/devices/count?organizationId=" + owner).json().get("count").asInt()).isZero();

        JsonNode real = admin.send("POST", "/api/v1/devices/import", "application/json", body).json();
        assertThat(real.get("created").asInt()).isEqualTo(2);
        JsonNode byMac = admin.get("/api/v1/devices?organizationId=" + owner + "&q=00:40:8c").json();
        assertThat(byMac.get("items").get(0).get("mac").asString()).isEqualTo("00:40:8c:12:34:56");
        assertThat(byMac.get("items").get(0).get("tags")).hasSize(2);
    }

    @Test
    void exportReimportsUnchangedInBothFormats() {
        Fixtures fx = new Fixtures(port);
        long owner = fx.organization(Fixtures.unique("Export Owner"), "OWNER", null);
        long site = fx.site(owner, Fixtures.unique("Export site"), "Quận 3");
        fx.device(owner, site, "E-1", "10.80.0.1");
        fx.device(owner, null, "E-2", "2001:db8::80");
        Api scoped = fx.user("OWNER", owner, null);

        Api.Response csv = scoped.get("/api/v1/devices/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(3);
        JsonNode back = scoped.send("POST", "/api/v1/devices/import", "text/csv", csv.body()).json();
        assertThat(back.get("unchanged").asInt()).as(back.toString()).isEqualTo(2);
        assertThat(back.get("created").asInt() + back.get("updated").asInt() + back.get("rejected").size()).isZero();

        Api.Response json = scoped.get("/api/v1/devices/export?format=json");
        assertThat(json.json()).hasSize(2);
        JsonNode back2 = scoped.send("POST", "/api/v1/devices/import", "application/json", json.body()).json();
        assertThat(back2.get("unchanged").asInt()).as(back2.toString()).isEqualTo(2);
    }

    @Test
    void headerWithoutOwnerIsRefusedAsAWhole() {
        Api.Response r = Api.admin(port).send("POST", "/api/v1/devices/import", "text/csv", "serial,mac\nA,\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("lacks owner");
    }

    @Test
    void cliImportWritesTheSameWayAndReportsRejectedRowsByExitCode(@TempDir Path dir) throws Exception {
        Fixtures fx = new Fixtures(port);
        String ownerName = Fixtures.unique("Cli Owner");
        long owner = fx.organization(ownerName, "OWNER", null);
        String siteName = Fixtures.unique("Cli gate");
        fx.site(owner, siteName, "Quận 5");
        String systemName = Fixtures.unique("Cli system");
        fx.informationSystem(owner, systemName, 2);
        Path file = dir.resolve("devices.csv");
        Files.writeString(file, tenRows(ownerName, siteName, systemName));

        Cli cli = Cli.run("import", "devices", file.toString(), "--db-url", dbUrl, "--db-user", dbUser);
        String out = cli.out();
        int exit = cli.exit();
        assertThat(exit).as(out).isEqualTo(1);
        assertThat(out).contains("\"created\" : 7").contains("\"rejectedTotal\" : 3");
        assertThat(Api.admin(port).get("/api/v1/devices/count?organizationId=" + owner).json().get("count").asInt())
                .isEqualTo(7);
    }
}
