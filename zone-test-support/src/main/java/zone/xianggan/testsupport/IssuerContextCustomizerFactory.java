package zone.xianggan.testsupport;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Points every Spring test application context of a zone service at the test JVM's real issuer ({@link ZoneIssuer}),
 * so that the service checks tokens exactly as in production. Contexts without the zone's security are left alone,
 * and so is the issuer itself (identity-service), which checks its own tokens.
 */
public class IssuerContextCustomizerFactory implements ContextCustomizerFactory {

    private static final String ZONE_SECURITY = "zone.xianggan.platform.security.ZoneSecurityConfiguration";
    private static final String AUTHORIZATION_SERVER =
            "org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        ClassLoader classes = testClass.getClassLoader();
        boolean resourceServer = ClassUtils.isPresent(ZONE_SECURITY, classes)
                && !ClassUtils.isPresent(AUTHORIZATION_SERVER, classes);
        return resourceServer ? new IssuerProperties() : null;
    }

    private static final class IssuerProperties implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("zone-test-issuer",
                    Map.of("zone.identity.issuer", ZoneIssuer.shared().issuer(), "zone.identity.clock-skew", "0s")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IssuerProperties;
        }

        @Override
        public int hashCode() {
            return IssuerProperties.class.hashCode();
        }
    }
}
