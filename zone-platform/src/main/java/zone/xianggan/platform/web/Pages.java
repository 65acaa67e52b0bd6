package zone.xianggan.platform.web;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import zone.xianggan.kernel.change.ChangesSince;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;

/**
 * A list endpoint's answer: the body is the JSON array of the items asked for, as it always was; when more follow,
 * an RFC 8288 {@code Link: </same/path?same=query&cursor=…>; rel="next"} header says where.
 */
public final class Pages {

    /** The query parameter of a catch-up, as SDMX REST names it. */
    public static final String UPDATED_AFTER = "updatedAfter";

    private Pages() {
    }

    /** The part of {@code ordered} that {@code request} asks for, each item keyed by {@code key}. */
    public static <T> ResponseEntity<List<T>> of(List<T> ordered, Function<? super T, String> key,
            PageRequest request) {
        return of(request.of(ordered, key));
    }

    /**
     * A list that also answers catch-ups: {@code items} in key order or, when the caller asked for the changes since
     * an instant, only those changed since, in change order ({@link ChangesSince}).
     *
     * @param since what the caller sent as {@link #UPDATED_AFTER} ({@link #changesSince}), null when nothing
     */
    public static <T> ResponseEntity<List<T>> ofItemsOrChanges(List<T> items, ChangesSince since,
            Function<? super T, Instant> changedAt, Function<? super T, String> key, PageRequest request) {
        return since == null ? of(items, key, request) : of(since.page(items, changedAt, key, request));
    }

    /**
     * The instant of a catch-up, read before anything else is: null when the caller sent none, 400 naming
     * {@link #UPDATED_AFTER} when it is not an instant.
     */
    public static ChangesSince changesSince(String updatedAfter) {
        return updatedAfter == null ? null : ChangesSince.parse(UPDATED_AFTER, updatedAfter);
    }

    public static <T> ResponseEntity<List<T>> of(Page<T> page) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.nextAfter() != null) {
            response.header(HttpHeaders.LINK, "<" + next(PageArguments.cursor(page.nextAfter())) + ">; rel=\"next\"");
        }
        return response.body(page.items());
    }

    /** This request's path and query, with {@code cursor} set: relative, so that it holds behind any proxy. */
    private static String next(String cursor) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.newInstance().path(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam(PageArguments.CURSOR, cursor).build().toUriString();
    }
}
