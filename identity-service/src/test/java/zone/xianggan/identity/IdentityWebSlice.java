package zone.xianggan.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import zone.xianggan.identity.agency.application.DisablingAgency;
import zone.xianggan.identity.agency.application.EnablingAgency;
import zone.xianggan.identity.agency.application.GrantingTopics;
import zone.xianggan.identity.agency.application.ReadingAgencies;
import zone.xianggan.identity.agency.application.RegisteringAgency;
import zone.xianggan.identity.agency.application.RotatingAgencySecret;
import zone.xianggan.identity.signingkey.application.RotatingSigningKeys;
import zone.xianggan.platform.security.ZoneSecurityConfiguration;
import zone.xianggan.platform.web.ProblemDetailsAdvice;
import zone.xianggan.platform.web.ZoneWebConfiguration;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/**
 * identity-service's API controllers in what they run inside in production, but for the use cases, which are mocks.
 * The API is guarded as every zone service's is, by the platform's chain (with {@link SliceTokens} for the decoder
 * identity-service builds over its own key ring), with the platform's {@code Caller} and {@code PageRequest}
 * arguments and problem details. The issuer's own chain (token, JWKS, metadata) matches none of the API's paths, and
 * Spring Authorization Server brings no auto-configuration into a web slice; both are the integration tests'. Every
 * web slice test declares the same, so that all of them share one application context. With {@code @WebMvcTest}
 * and {@code @BootstrapWith(WebSliceBootstrapper.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// SliceTokens comes first: the platform makes its own decoder only if there is none yet.
@Import({ SliceTokens.class, ZoneSecurityConfiguration.class, ZoneWebConfiguration.class, ProblemDetailsAdvice.class })
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
@MockitoBean(types = { ReadingAgencies.class, RegisteringAgency.class, RotatingAgencySecret.class,
        DisablingAgency.class, EnablingAgency.class, GrantingTopics.class, RotatingSigningKeys.class })
public @interface IdentityWebSlice {
}
