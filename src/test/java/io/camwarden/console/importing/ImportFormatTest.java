package io.camwarden.console.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.registry.device.DeviceImporter.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void theNameDecidesAndOtherwiseTheFirstCharacter() throws IOException {
        assertThat(ImportController.format("devices.JSON", in("serial,mac"))).isEqualTo(Format.JSON);
        assertThat(ImportController.format("devices.csv", in("[{}]"))).isEqualTo(Format.CSV);
        assertThat(ImportController.format("export", in("\uFEFF \n [ {\"serial\": \"x\"} ]"))).isEqualTo(Format.JSON);
        assertThat(ImportController.format(null, in("serial,mac\nx,"))).isEqualTo(Format.CSV);
        assertThat(ImportController.format("empty", in(""))).isEqualTo(Format.CSV);
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
