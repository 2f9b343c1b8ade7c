package org.rectify.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of our own /api (springdoc, at /api/openapi, shown by /swagger-ui).
 * Like the engine REST API, every call needs HTTP Basic with a Rectify user.
 */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Rectify API", version = "v1",
                description = "整治行动、名单、导入与进展 Campaigns, rosters, imports and progress. Errors are RFC 9457"
                        + " problem details whose detail names the field."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A Rectify user, e.g. district-office1 / demo")
class OpenApiDocs {
}
