package zone.xianggan.platform.deadletter;

import java.util.List;

import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import zone.xianggan.kernel.access.Caller;
import zone.xianggan.kernel.domain.ConflictException;
import zone.xianggan.kernel.domain.MalformedInputException;
import zone.xianggan.kernel.domain.OperationsPolicy;
import zone.xianggan.kernel.domain.Page;
import zone.xianggan.kernel.domain.PageRequest;
import zone.xianggan.kernel.domain.Violation;
import zone.xianggan.platform.deadletter.DeadLetters.Position;
import zone.xianggan.platform.web.PageArguments;
import zone.xianggan.platform.web.Pages;

/** The operator's view of this service's parked records, and their replay once the cause is fixed. */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Operations: dead letters", description = "Records this service could never process, parked on its "
        + "dead-letter topics; the operator (scope zone.ops) lists and replays them")
@RequiredArgsConstructor
public class DeadLetterController {

    private final DeadLetters deadLetters;

    @GetMapping
    @Operation(summary = "Parked records, in the order of dead-letter topic, partition and offset; paged like every "
            + "list (limit, cursor, Link rel=next)")
    ResponseEntity<List<ParkedRecord>> list(Caller caller, @RequestParam(required = false) String topic,
            PageRequest page) {
        OperationsPolicy.requireOperator(caller.agency());
        // One more than asked for says whether another page follows.
        List<ParkedRecord> read = deadLetters.list(topic, page.limit() + 1, position(page.after()));
        List<ParkedRecord> items = read.subList(0, Math.min(page.limit(), read.size()));
        return Pages.of(new Page<>(items, read.size() > page.limit() ? key(items.getLast()) : null));
    }

    @GetMapping("/{deadLetterTopic}/{partition}/{offset}")
    @Operation(summary = "One parked record")
    ParkedRecord get(Caller caller, @PathVariable String deadLetterTopic, @PathVariable int partition,
            @PathVariable long offset) {
        OperationsPolicy.requireOperator(caller.agency());
        return deadLetters.find(deadLetterTopic, partition, offset);
    }

    @PostMapping("/{deadLetterTopic}/{partition}/{offset}/replay")
    @Operation(summary = "Hand one parked record to the consumer again, as if it had just arrived; 409 if it still "
            + "cannot be processed")
    ReplayOutcome replay(Caller caller, @PathVariable String deadLetterTopic, @PathVariable int partition,
            @PathVariable long offset) {
        OperationsPolicy.requireOperator(caller.agency());
        ReplayOutcome outcome = deadLetters.replay(deadLetterTopic, partition, offset, caller.agency().id());
        if (!"replayed".equals(outcome.outcome())) {
            throw new ConflictException("the parked record still cannot be processed (" + outcome.reason() + "): "
                    + outcome.message());
        }
        return outcome;
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay every record parked from a topic that has not been replayed yet, in order; each "
            + "outcome is listed")
    List<ReplayOutcome> replayAll(Caller caller, @RequestParam String topic) {
        OperationsPolicy.requireOperator(caller.agency());
        return deadLetters.replayAll(topic, caller.agency().id());
    }

    private static String key(ParkedRecord record) {
        return record.deadLetterTopic() + "/" + record.partition() + "/" + record.offset();
    }

    private static Position position(String key) {
        if (key == null) {
            return null;
        }
        try {
            int offsetAt = key.lastIndexOf('/');
            int partitionAt = key.lastIndexOf('/', offsetAt - 1);
            return new Position(key.substring(0, partitionAt), Integer.parseInt(key.substring(partitionAt + 1,
                    offsetAt)), Long.parseLong(key.substring(offsetAt + 1)));
        } catch (RuntimeException e) {
            throw new MalformedInputException(Violation.of(PageArguments.CURSOR, "is not a cursor this list gave "
                    + "out; follow the Link header of the previous page"));
        }
    }
}
