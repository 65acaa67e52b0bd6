package zone.xianggan.indicators.catalogue.application;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.indicators.catalogue.model.ChangeType;
import zone.xianggan.indicators.catalogue.model.Indicator;
import zone.xianggan.indicators.catalogue.model.IndicatorStatus;
import zone.xianggan.kernel.change.HistoryEntry;
import zone.xianggan.kernel.domain.NotFoundException;
import zone.xianggan.kernel.domain.Periodicity;
import zone.xianggan.kernel.plan.PlanArea;

/** What agencies and the other use cases read of the catalogue. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingCatalogue {

    private final Indicators indicators;

    /** The filters are optional. */
    public List<Indicator> list(PlanArea planArea, IndicatorStatus status, Periodicity periodicity) {
        return indicators.findAll().stream()
                .filter(i -> planArea == null || planArea == i.definition().planArea())
                .filter(i -> status == null || status == i.status())
                .filter(i -> periodicity == null || periodicity == i.periodicity())
                .toList();
    }

    public Indicator get(String code) {
        return indicators.find(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    public List<HistoryEntry<ChangeType>> history(String code) {
        get(code);
        return indicators.history(code);
    }

    /** The whole catalogue by code: one read, for validating a batch or aggregating in memory. */
    public Map<String, Indicator> byCode() {
        return indicators.byCode();
    }
}
