package io.camwarden.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.support.Api;
import io.camwarden.support.CamWardenTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Every REST endpoint the server serves under /api is in the OpenAPI document, with a summary. */
@CamWardenTest
class OpenApiCoverageTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumented() {
        JsonNode paths = Api.anonymous(port).get("/v3/api-docs").json().get("paths");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var e : mappings.getHandlerMethods().entrySet()) {
            var info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    checked++;
                    JsonNode op = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (op.isMissingNode() || !op.hasNonNull("summary") || op.get("summary").asString().isBlank()) {
                        missing.add(method + " " + path + " (" + e.getValue().getMethod().getDeclaringClass().getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(checked).as("API endpoints found").isGreaterThan(40);
        assertThat(missing).as("endpoints without an OpenAPI summary").isEmpty();
    }
}
