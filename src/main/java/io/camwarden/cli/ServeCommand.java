package io.camwarden.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `camwarden serve`: the web console and REST API, until stopped (SIGTERM shuts down gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the CamWarden server (web console, REST API under /api/v1).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port. Default: 8080 or CAMWARDEN_PORT.")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> props = new java.util.LinkedHashMap<>(storage.properties());
        if (port != null) {
            props.put("camwarden.port", port);
        }
        ConfigurableApplicationContext ctx = SpringContexts.web(props);
        CountDownLatch closed = new CountDownLatch(1);
        ctx.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (ctx.isActive()) {
            closed.await();
        }
        return ExitCodes.OK;
    }
}
