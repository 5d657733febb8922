package io.camwarden;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind `serve` and the commands that need the database. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CamWardenApplication {
}
