package io.camwarden.checks;

import io.camwarden.identity.VendorNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check engine with every unit CamWarden ships. */
@Configuration(proxyBeanMethods = false)
public class CheckConfig {

    @Bean
    CheckEngine checkEngine() {
        return new CheckEngine(CheckUnits.standard(VendorNames.bundled()));
    }
}
