package io.camwarden.vuln.device;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The server under test matches devices against {@link FileVulnerabilityData}. */
@TestConfiguration
public class FileDataConfig {

    @Bean
    @Primary
    FileVulnerabilityData fileVulnerabilityData() {
        return FileVulnerabilityData.shared();
    }
}
