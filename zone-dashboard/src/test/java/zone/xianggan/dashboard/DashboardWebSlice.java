package zone.xianggan.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import zone.xianggan.dashboard.live.LiveFeed;
import zone.xianggan.dashboard.upstream.UpstreamCache;

/**
 * The dashboard's controllers (all of them) behind its page security, with what they call stood in for. Every web slice test of
 * the dashboard declares the same, so that all of them share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(PageSecurity.class)
@MockitoBean(types = { UpstreamCache.class, LiveFeed.class })
public @interface DashboardWebSlice {
}
