package zone.xianggan.registry;

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

import zone.xianggan.platform.security.ZoneSecurityConfiguration;
import zone.xianggan.platform.web.ProblemDetailsAdvice;
import zone.xianggan.platform.web.ZoneWebConfiguration;
import zone.xianggan.registry.county.application.AnnouncingCounties;
import zone.xianggan.registry.county.application.ReadingCounties;
import zone.xianggan.registry.county.application.RegisteringCounty;
import zone.xianggan.registry.county.application.RetiringCounty;
import zone.xianggan.registry.county.application.RevisingCounty;
import zone.xianggan.registry.layout.application.ChangingMembers;
import zone.xianggan.registry.layout.application.ReadingLayout;
import zone.xianggan.registry.layout.application.SummarizingZone;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/**
 * The registry's controllers in what they run inside in production, but for the use cases, which are mocks: the
 * platform's security chain (with {@link SliceTokens}), its {@code Caller} and {@code PageRequest} arguments and its
 * problem details, which {@code @WebMvcTest} leaves out as they are the platform's auto-configuration. Every web slice
 * test declares the same, so that all of them share one application context. With {@code @WebMvcTest} and
 * {@code @BootstrapWith(WebSliceBootstrapper.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// SliceTokens comes first: the platform makes its own decoder only if there is none yet.
@Import({ SliceTokens.class, ZoneSecurityConfiguration.class, ZoneWebConfiguration.class, ProblemDetailsAdvice.class })
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
@MockitoBean(types = { ReadingCounties.class, RegisteringCounty.class, RevisingCounty.class, RetiringCounty.class,
        AnnouncingCounties.class, ReadingLayout.class, ChangingMembers.class, SummarizingZone.class })
public @interface RegistryWebSlice {
}
