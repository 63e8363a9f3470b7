package vn.ansinh;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.ansinh.shared.AccessScope;

/**
 * The API description: signed in with HTTP Basic or a personal token (Swagger UI's "Authorize"),
 * and without the controllers' {@link AccessScope} parameter, which is never sent by the client but
 * taken from the signed-in user — describing it as a query parameter would invite clients to try.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessScope.class);
    }

    @Bean
    OpenAPI ansinhApi() {
        return new OpenAPI()
                .info(new Info().title("ansinh API").version("v1")
                        .description("Coordination programmes, annex tables (Biểu) and the figure check"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token issued by an administrator: ansinh_…")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
