package zone.xianggan.platform.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.access.Scope;
import zone.xianggan.platform.security.IdentityProperties;

/**
 * What the OpenAPI document says of identity: every call needs an agency's token, obtained with the client-credentials
 * grant at the zone's issuer (so Swagger UI can get one and try calls), and a change may name the person acting in
 * {@code X-Actor}. The {@link Caller} argument itself is not part of the API.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiSecurity {

    static final String SCHEME = "agency";

    @Bean
    OpenAPI zoneOpenApi(IdentityProperties identity) {
        Scopes scopes = new Scopes();
        for (Scope scope : Scope.values()) {
            scopes.addString(scope.value(), "the right " + scope.value());
        }
        SecurityScheme agencyToken = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("An agency's access token from the zone's issuer (client credentials)")
                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl(identity.issuer() + "/oauth2/token")
                        .scopes(scopes)));
        return new OpenAPI().components(new Components().addSecuritySchemes(SCHEME, agencyToken))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }

    @Bean
    OperationCustomizer actorHeader() {
        return OpenApiArguments.describing(Caller.class, operation -> operation.addParametersItem(
                new HeaderParameter().name(CallerArguments.ACTOR_HEADER).required(false).description(
                        "The person acting for your agency, recorded beside it (e.g. li.ming); the change is always "
                                + "your agency's")));
    }
}
