package zone.xianggan.indicators.catalogue.application;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import zone.xianggan.indicators.catalogue.model.Indicator;

/**
 * The starting catalogue is entered by a migration (so that the same SQL seeds H2 and PostgreSQL); this step, on
 * start-up and before the service reports itself ready, records the history entry and appends the
 * {@code INDICATOR_DEFINED} event of each indicator a migration entered, in one transaction. An indicator that has
 * its entry is never published twice, across restarts and across instances (the second instance's insert of the
 * same version fails and it leaves the work to the first). Such an indicator was entered by the zone itself: its row
 * names {@code system:seed} as who made it (migration V7), and so do its history entry and event.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublishingSeededIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublishingSeededIndicators.class);
    private static final String REASON = "Starting catalogue for the goals of the Overall Plan for the Hunan-Jiangxi "
            + "Border Area Regional Cooperation Demonstration Zone (NDRC, October 2021)";

    private final Indicators indicators;
    private final IndicatorChanges changes;
    private final TransactionTemplate transactions;

    @Override
    public void run(ApplicationArguments args) {
        try {
            Integer published = transactions.execute(status -> {
                List<Indicator> unrecorded = indicators.lockUnrecorded();
                unrecorded.forEach(indicator -> changes.recordSeeded(indicator, REASON));
                return unrecorded.size();
            });
            if (published != null && published > 0) {
                log.info("Published the {} indicators of the starting catalogue", published);
            }
        } catch (DataIntegrityViolationException publishedMeanwhile) {
            log.info("Another instance published the starting catalogue first");
        }
    }
}
