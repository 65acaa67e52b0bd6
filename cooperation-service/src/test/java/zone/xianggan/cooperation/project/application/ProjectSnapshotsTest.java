package zone.xianggan.cooperation.project.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import zone.xianggan.cooperation.project.model.Decision;
import zone.xianggan.cooperation.project.model.Project;
import zone.xianggan.cooperation.project.model.Proposals;
import zone.xianggan.kernel.plan.Province;
import zone.xianggan.events.cooperation.ProjectSnapshot;
import zone.xianggan.kernel.access.Actor;
import zone.xianggan.platform.events.EventJson;

class ProjectSnapshotsTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void everyActorOfAProjectSurvivesTheStoredSnapshot() {
        Project decided = decided(new Actor("liuyang", "chen.li"), new Actor("hunan-drc", null));

        ProjectSnapshot snapshot = ProjectSnapshots.of(decided);
        Project read = ProjectSnapshots.toProject(stored(EventJson.writeString(snapshot)));

        assertThat(snapshot.proposedBy()).isEqualTo("liuyang");
        assertThat(snapshot.proposedByPerson()).isEqualTo("chen.li");
        assertThat(snapshot.approvals().getFirst().actor()).isEqualTo("hunan-drc");
        assertThat(snapshot.approvals().getFirst().actorPerson()).isNull();
        assertThat(read.proposedBy()).isEqualTo(new Actor("liuyang", "chen.li"));
        assertThat(read.decisionOf(Province.HUNAN).orElseThrow().actor()).isEqualTo(new Actor("hunan-drc", null));
    }

    @Test
    void aSnapshotStoredBeforePersonsWereKnownIsReadWithTheActorsNameAsGiven() {
        String before = EventJson.writeString(ProjectSnapshots.of(decided(new Actor("zone-office/wang.fang", null),
                new Actor("hunan-drc/li.ming", null)))).replace(",\"proposedByPerson\":null", "")
                .replace(",\"actorPerson\":null", "");

        Project read = ProjectSnapshots.toProject(stored(before));

        assertThat(before).doesNotContain("Person");
        assertThat(read.proposedBy()).isEqualTo(new Actor("zone-office/wang.fang", null));
        assertThat(read.decisionOf(Province.HUNAN).orElseThrow().actor())
                .isEqualTo(new Actor("hunan-drc/li.ming", null));
    }

    private static Project decided(Actor proposer, Actor hunan) {
        Project proposed = Project.propose("XG-2026-0001", Proposals.of("430181", "360322"), proposer, AT).project();
        return proposed.decide(Province.HUNAN, Decision.APPROVE, null, hunan, AT).getLast().project();
    }

    private static ProjectSnapshot stored(String json) {
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), ProjectSnapshot.class);
    }
}
