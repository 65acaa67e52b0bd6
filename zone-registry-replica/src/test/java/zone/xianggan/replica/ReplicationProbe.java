package zone.xianggan.replica;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A service's reaction to registry changes, as tests see it: it keeps every {@link CountyReplicated} that committed
 * and, to stand for a reaction that keeps failing, throws for {@link #FAILING_CODE}.
 */
@Component
class ReplicationProbe {

    /** The county whose reaction always fails, so its snapshot can never be applied. */
    static final String FAILING_CODE = "360999";

    private final List<CountyReplicated> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CountyReplicated change) {
        if (FAILING_CODE.equals(change.current().code())) {
            throw new IllegalStateException("the test's reaction to " + FAILING_CODE + " always fails");
        }
        seen.add(change);
    }

    List<CountyReplicated> changesOf(String code) {
        return seen.stream().filter(change -> change.current().code().equals(code)).toList();
    }
}
