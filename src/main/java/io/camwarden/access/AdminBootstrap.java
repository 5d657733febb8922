package io.camwarden.access;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the server's first start, creates the "admin" account. A generated password goes to the console
 * once and never into the log file.
 */
@Component
@ConditionalOnWebApplication
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserService users;
    private final String configured;

    public AdminBootstrap(UserService users, @Value("${camwarden.admin-password:}") String configured) {
        this.users = users;
        this.configured = configured;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configured == null || configured.isBlank();
        if (!generated && configured.length() < UserService.MIN_PASSWORD) {
            throw new IllegalStateException("CAMWARDEN_ADMIN_PASSWORD must be at least " + UserService.MIN_PASSWORD
                    + " characters");
        }
        String password = generated ? generate() : configured;
        users.createFirstAdmin(password).ifPresent(u -> {
            log.warn("First start: created the account 'admin' ({} password)",
                    generated ? "generated" : "from CAMWARDEN_ADMIN_PASSWORD");
            if (generated) {
                System.out.println();
                System.out.println("  First start: CamWarden created the account 'admin' with password:");
                System.out.println();
                System.out.println("      " + password);
                System.out.println();
                System.out.println("  It is shown only this once. Log in and change it, or set");
                System.out.println("  CAMWARDEN_ADMIN_PASSWORD before the first start next time.");
                System.out.println();
            }
        });
    }

    private static String generate() {
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
