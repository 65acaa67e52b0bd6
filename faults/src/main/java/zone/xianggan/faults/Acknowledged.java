package zone.xianggan.faults;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write of the load that the zone answered with a 2xx: what the suite then expects in the databases and on the
 * topics. Writes that got no answer (a killed instance, a cut connection) or a 5xx are only counted: they may or may
 * not have happened, and either is correct.
 */
final class Acknowledged {

    /** Unit code → the versions its updates were answered with. */
    final Map<String, Set<Integer>> countyVersions = new ConcurrentHashMap<>();
    /** "unit/period" of the load's indicator → the revisions its reports were answered with. */
    final Map<String, Set<Integer>> valueRevisions = new ConcurrentHashMap<>();
    /** Project id → the provinces whose approval was answered with 200 (the project's proposal was answered 201). */
    final Map<String, Set<String>> projectApprovals = new ConcurrentHashMap<>();
    final AtomicInteger unanswered = new AtomicInteger();

    void countyVersion(String code, int version) {
        countyVersions.computeIfAbsent(code, any -> ConcurrentHashMap.newKeySet()).add(version);
    }

    void valueRevision(String key, int revision) {
        valueRevisions.computeIfAbsent(key, any -> ConcurrentHashMap.newKeySet()).add(revision);
    }

    void proposed(String project) {
        projectApprovals.putIfAbsent(project, ConcurrentHashMap.newKeySet());
    }

    void approved(String project, String province) {
        projectApprovals.get(project).add(province);
    }

    int writes() {
        return countyVersions.values().stream().mapToInt(Set::size).sum()
                + valueRevisions.values().stream().mapToInt(Set::size).sum()
                + projectApprovals.values().stream().mapToInt(approvals -> 1 + approvals.size()).sum();
    }
}
