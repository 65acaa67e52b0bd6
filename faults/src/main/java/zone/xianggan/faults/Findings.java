package zone.xianggan.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * What the checks found, as counts and the first few examples of each: lost (acknowledged, or held in a database,
 * and not on its topic), doubled (one version of a key published as two different events: a change made twice),
 * out of order (a change after one it precedes), replicas differing from their source, outcome views differing from
 * a recomputation, dead letters; and redelivered: the same event (the same id) on its topic again. A relay that
 * dies, or whose send times out, after the broker stored a bundle and before the outbox row is gone sends it again:
 * delivery is at least once, and consumers apply an event only over an older version, so a redelivered event
 * changes nothing. Redelivery without a fault would mean two relays publishing the same rows: it must not happen.
 */
final class Findings {

    private static final int EXAMPLES = 5;

    int eventsChecked;
    int lost;
    int doubled;
    int outOfOrder;
    int replicaMismatches;
    int outcomeMismatches;
    int deadLetters;
    int redeliveredWithoutFault;
    int redeliveredAfterFault;
    final List<String> examples = new ArrayList<>();

    void lost(String what) {
        lost++;
        example("lost: " + what);
    }

    void doubled(String what) {
        doubled++;
        example("doubled: " + what);
    }

    void outOfOrder(String what) {
        outOfOrder++;
        example("out of order: " + what);
    }

    void redelivered(String what, boolean afterAFault) {
        if (afterAFault) {
            redeliveredAfterFault++;
        } else {
            redeliveredWithoutFault++;
            example("redelivered before any fault: " + what);
        }
    }

    void replicaMismatch(String what) {
        replicaMismatches++;
        example("replica: " + what);
    }

    void outcomeMismatch(String what) {
        outcomeMismatches++;
        example("outcome view: " + what);
    }

    void deadLetters(int count, String where) {
        deadLetters += count;
        if (count > 0) {
            example(count + " dead letters in " + where);
        }
    }

    boolean clean() {
        return lost == 0 && doubled == 0 && outOfOrder == 0 && replicaMismatches == 0 && outcomeMismatches == 0
                && deadLetters == 0 && redeliveredWithoutFault == 0;
    }

    /** Whether the zone has carried everything it holds: what waiting longer could still change. */
    boolean converged() {
        return lost == 0 && replicaMismatches == 0 && outcomeMismatches == 0;
    }

    private void example(String what) {
        if (examples.size() < EXAMPLES * 6) {
            examples.add(what);
        }
    }

    @Override
    public String toString() {
        return ("events checked %d; lost %d, doubled %d, out of order %d, replicas differing %d, outcome views "
                + "differing %d, dead letters %d, redelivered without a fault %d (after one: %d)%s").formatted(
                eventsChecked, lost, doubled, outOfOrder, replicaMismatches, outcomeMismatches, deadLetters,
                redeliveredWithoutFault, redeliveredAfterFault,
                examples.isEmpty() ? "" : "; e.g. " + String.join("; ", examples));
    }
}
