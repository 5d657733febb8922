package io.camwarden.server;

import io.camwarden.domain.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class OpenApiConfig {

    static {
        // The Caller is resolved from the login, not sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI camwardenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CamWarden API").version("v1").description("""
                        Registry of record for camera fleets, with scoped access for every agency.
                        Authenticate with HTTP Basic or an API token (POST /api/v1/tokens, then \
                        `Authorization: Bearer cwt_...`). Every list is confined to the caller's scope; \
                        errors are RFC 9457 problem details."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("an API token, cwt_...")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
