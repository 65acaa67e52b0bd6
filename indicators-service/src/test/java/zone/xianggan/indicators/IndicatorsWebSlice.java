package zone.xianggan.indicators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.util.unit.DataSize;

import zone.xianggan.indicators.analysis.application.AggregatingValues;
import zone.xianggan.indicators.analysis.application.CheckingCompleteness;
import zone.xianggan.indicators.catalogue.application.DefiningIndicator;
import zone.xianggan.indicators.catalogue.application.ReadingCatalogue;
import zone.xianggan.indicators.catalogue.application.RetiringIndicator;
import zone.xianggan.indicators.catalogue.application.RevisingIndicator;
import zone.xianggan.indicators.reporting.application.ReadingValues;
import zone.xianggan.indicators.reporting.application.ReportingProperties;
import zone.xianggan.indicators.reporting.application.ReportingValues;
import zone.xianggan.indicators.sdmx.application.ExportingStatistics;
import zone.xianggan.indicators.targets.application.AdoptingTarget;
import zone.xianggan.indicators.targets.application.ComparingUrbanization;
import zone.xianggan.indicators.targets.application.ReadingTargets;
import zone.xianggan.platform.security.ZoneSecurityConfiguration;
import zone.xianggan.platform.web.ProblemDetailsAdvice;
import zone.xianggan.platform.web.ZoneWebConfiguration;
import zone.xianggan.testsupport.slice.SliceTokens;
import zone.xianggan.testsupport.slice.WebSliceBootstrapper;

/**
 * The service's controllers in what they run inside in production, but for the use cases, which are mocks: the
 * platform's security chain (with {@link SliceTokens}), its {@code Caller} and {@code PageRequest} arguments and its
 * problem details, which {@code @WebMvcTest} leaves out as they are the platform's auto-configuration; and the
 * reporting properties the value controller reads, which the service's own configuration (not in a web slice)
 * enables. Every web slice test declares the same, so that all of them share one application context. With
 * {@code @WebMvcTest} and {@code @BootstrapWith(WebSliceBootstrapper.class)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// SliceTokens comes first: the platform makes its own decoder only if there is none yet.
@Import({ SliceTokens.class, ZoneSecurityConfiguration.class, ZoneWebConfiguration.class, ProblemDetailsAdvice.class,
        IndicatorsWebSlice.Reporting.class })
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
@MockitoBean(types = { ReadingCatalogue.class, DefiningIndicator.class, RevisingIndicator.class,
        RetiringIndicator.class, ReportingValues.class, ReadingValues.class, AggregatingValues.class,
        CheckingCompleteness.class, ReadingTargets.class, AdoptingTarget.class, ComparingUrbanization.class,
        ExportingStatistics.class })
public @interface IndicatorsWebSlice {

    /** At most {@value #MAX_BATCH_ROWS} values a request, so that a batch past the limit is a short one. */
    int MAX_BATCH_ROWS = 3;

    @TestConfiguration(proxyBeanMethods = false)
    class Reporting {

        @Bean
        ReportingProperties reportingProperties() {
            return new ReportingProperties(MAX_BATCH_ROWS, ZoneId.of("Asia/Shanghai"), DataSize.ofMegabytes(16));
        }
    }
}
