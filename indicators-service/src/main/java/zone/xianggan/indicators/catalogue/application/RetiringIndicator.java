package zone.xianggan.indicators.catalogue.application;

import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.catalogue.model.CataloguePolicy;
import zone.xianggan.indicators.catalogue.model.CatalogueRules;
import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.change.Changed;
import zone.xianggan.kernel.domain.Reason;

/**
 * The zone office retires an indicator: it takes no new reports, and keeps its values and history. Nothing is deleted;
 * an indicator that others are computed from is retired after them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RetiringIndicator {

    private final Indicators indicators;
    private final IndicatorChanges changes;
    private final Clock clock;

    @Transactional
    public Indicator retire(String code, long expectedVersion, String reasonGiven, Caller caller) {
        CataloguePolicy.requireMayManage(caller.agency());
        String reason = Reason.required(reasonGiven);
        Indicator current = changes.lockAt(code, expectedVersion);
        CatalogueRules.requireNotAComponent(current, indicators.findAll());
        Changed<Indicator, ChangeType> revision = current.retire(clock.instant(), caller.actor());
        return changes.record(revision, expectedVersion, reason);
    }
}
