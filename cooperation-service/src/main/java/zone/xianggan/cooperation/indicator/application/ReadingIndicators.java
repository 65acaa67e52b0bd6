package zone.xianggan.cooperation.indicator.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import zone.xianggan.events.indicators.IndicatorSnapshot;
import zone.xianggan.kernel.domain.NotFoundException;

/** The catalogue as this service knows it: for agencies choosing outcomes, and for checking them. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReadingIndicators {

    private final IndicatorCatalogue catalogue;

    public List<IndicatorSnapshot> list(String planArea, String status) {
        return catalogue.findAll().stream()
                .filter(i -> planArea == null || planArea.equals(i.planArea()))
                .filter(i -> status == null || status.equals(i.status()))
                .sorted(Comparator.comparing(IndicatorSnapshot::code)).toList();
    }

    public IndicatorSnapshot get(String code) {
        return catalogue.find(code).orElseThrow(() -> new NotFoundException("indicator", code));
    }

    public Optional<IndicatorSnapshot> find(String code) {
        return catalogue.find(code);
    }
}
