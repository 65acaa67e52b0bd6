package zone.xianggan.testsupport.slice;

import java.util.List;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.web.WebMergedContextConfiguration;

import zone.xianggan.testsupport.FreshDatabaseContextCustomizerFactory;
import zone.xianggan.testsupport.IssuerContextCustomizerFactory;

/**
 * {@code @WebMvcTest}'s bootstrapper without the two customizers zone-test-support gives every context of a whole
 * service: one starts identity-service as a process of its own for its tokens, the other creates a database. A web
 * slice needs neither: it decodes tokens of its own, and its use cases are mocks. A test class declares it itself,
 * with {@code @BootstrapWith}: Spring prefers a bootstrapper declared on the class to the one {@code @WebMvcTest}
 * brings, but refuses two brought by annotations.
 */
public class WebSliceBootstrapper extends TestSliceTestContextBootstrapper<WebMvcTest> {

    @Override
    protected List<ContextCustomizerFactory> getContextCustomizerFactories() {
        return super.getContextCustomizerFactories().stream()
                .filter(factory -> !(factory instanceof IssuerContextCustomizerFactory))
                .filter(factory -> !(factory instanceof FreshDatabaseContextCustomizerFactory))
                .toList();
    }

    /** A web application context, as {@code @WebMvcTest}'s own bootstrapper (not public) makes it. */
    @Override
    protected MergedContextConfiguration processMergedContextConfiguration(MergedContextConfiguration config) {
        return new WebMergedContextConfiguration(super.processMergedContextConfiguration(config),
                determineResourceBasePath(config));
    }
}
