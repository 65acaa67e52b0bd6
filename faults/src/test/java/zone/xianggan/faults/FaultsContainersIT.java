package zone.xianggan.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import zone.xianggan.testsupport.EnabledWithDocker;

/**
 * The fault suite's short form: the leader broker killed, one instance of each service killed, PostgreSQL restarted,
 * under a steady load through both instances of every service; then nothing acknowledged is lost, nothing is
 * published or applied twice, order is kept, replicas and outcome views equal their sources, and no transient fault
 * left a dead letter. Times are only reported (target/faults/short.md). Not in every CI run, for its time
 * (docs/containers.md).
 */
@EnabledWithDocker
class FaultsContainersIT {

    @Test
    void theClusterKeepsEveryPromiseThroughTheInjectedFaults() {
        FaultReport report = FaultSuite.run(FaultSuite.Settings.shortForm());
        report.write(Path.of("target", "faults"));

        assertThat(report.topicsReplicated()).as("every topic with 3 replicas and min.insync.replicas 2").isTrue();
        assertThat(report.injected()).as("faults injected, each followed by a change reaching both replicas")
                .hasSize(3).allSatisfy(fault -> assertThat(fault.converged()).isNotNull());
        assertThat(report.writesAcknowledged()).as("writes acknowledged").isPositive();
        assertThat(report.findings().eventsChecked).isPositive();
        assertThat(report.findings().clean()).as(report.findings().toString()).isTrue();
    }
}
