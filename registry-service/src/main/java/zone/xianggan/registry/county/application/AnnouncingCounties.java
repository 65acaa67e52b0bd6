package zone.xianggan.registry.county.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.platform.outbox.Outbox;
import zone.xianggan.registry.county.model.County;

/**
 * The operator has the registry announce every unit's current snapshot again on {@code registry.counties.v1}. This
 * restores the compacted topic after a tombstone erased a unit for future readers, or after the topic was lost:
 * nothing in the registry changes, and a consumer that holds a unit's version ignores its announcement.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AnnouncingCounties {

    private static final Logger log = LoggerFactory.getLogger(AnnouncingCounties.class);

    private final Counties counties;
    private final Outbox outbox;

    /** How many units were announced, each in the outbox with this transaction. */
    @Transactional
    public int announceAll(Caller caller) {
        OperationsPolicy.requireOperator(caller.agency());
        List<County> all = counties.findAll();
        outbox.appendAll(all.stream().map(CountySnapshots::announcement).toList());
        log.info("{} had the registry announce its {} units again", caller.agency().id(), all.size());
        return all.size();
    }
}
