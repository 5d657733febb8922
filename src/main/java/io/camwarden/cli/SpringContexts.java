package io.camwarden.cli;

import io.camwarden.CamWardenApplication;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for commands that need storage (and for `serve`, the web server). */
public final class SpringContexts {

    private SpringContexts() {
    }

    /** The application without a web server, for one-shot commands such as `import` and `audit-log`. */
    public static ConfigurableApplicationContext offline(Map<String, Object> properties) {
        return new SpringApplicationBuilder(CamWardenApplication.class)
                .web(WebApplicationType.NONE)
                // one-shot commands keep the console for their own output
                .properties(Map.of("logging.level.root", "WARN", "logging.level.io.camwarden", "WARN"))
                .logStartupInfo(false)
                .run(args(properties));
    }

    /**
     * Command-line options become "--key=value" arguments: those outrank the environment and
     * application.properties, as an option typed now should.
     */
    private static String[] args(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    public static ConfigurableApplicationContext web(Map<String, Object> properties) {
        return new SpringApplicationBuilder(CamWardenApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args(properties));
    }
}
