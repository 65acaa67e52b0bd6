package zone.xianggan.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import zone.xianggan.kernel.access.Caller;
import zone.xianggan.platform.deadletter.DeadLetters.Position;
import zone.xianggan.platform.domain.ConflictException;
import zone.xianggan.platform.domain.MalformedInputException;
import zone.xianggan.platform.domain.OperationsPolicy;
import zone.xianggan.platform.domain.Violation;

/** The operator's view of this service's parked records, and their replay once the cause is fixed. */
@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Operations: dead letters", description = "Records this service could never process, parked on its "
        + "dead-letter topics; the operator (scope zone.ops) lists and replays them")
public class DeadLetterController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Parked records, in the order of dead-letter topic, partition and offset; a Link header "
            + "(rel=next) names the next page")
    ResponseEntity<List<ParkedRecord>> list(Caller caller, @RequestParam(required = false) String topic,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        OperationsPolicy.requireOperator(caller.agency());
        int size = limit(limit);
        List<ParkedRecord> page = deadLetters.list(topic, size, position(cursor));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page.size() == size) {
            ParkedRecord last = page.getLast();
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("cursor", cursor(last))
                    .replaceQueryParam("limit", size)
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page);
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
    ResponseEntity<List<ReplayOutcome>> replayAll(Caller caller, @RequestParam String topic) {
        OperationsPolicy.requireOperator(caller.agency());
        return ResponseEntity.status(HttpStatus.OK).body(deadLetters.replayAll(topic, caller.agency().id()));
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new MalformedInputException(Violation.of("limit", "must be between 1 and " + MAX_LIMIT, limit));
        }
        return limit;
    }

    private static String cursor(ParkedRecord last) {
        String position = last.deadLetterTopic() + "\n" + last.partition() + "\n" + last.offset();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static Position position(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n");
            return new Position(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new MalformedInputException(Violation.of("cursor", "is not a cursor this service gave out; "
                    + "follow the Link header of the previous page", cursor));
        }
    }
}
