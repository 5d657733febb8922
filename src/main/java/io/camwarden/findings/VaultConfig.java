package io.camwarden.findings;

import io.camwarden.checks.credential.CredentialVault;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vault for found credentials: the key from CAMWARDEN_VAULT_KEY (base64 of 32 bytes), else the file
 * DATA_DIR/secrets/credentials.key, created readable by its owner only. Keep the key out of database backups.
 */
@Configuration(proxyBeanMethods = false)
public class VaultConfig {

    @Bean
    CredentialVault credentialVault(@Value("${camwarden.vault-key:}") String key,
                                    @Value("${camwarden.data-dir}") String dataDir) throws IOException {
        return CredentialVault.open(key, Path.of(dataDir, "secrets", "credentials.key"));
    }
}
