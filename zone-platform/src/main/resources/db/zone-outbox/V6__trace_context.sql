-- The W3C trace context of the change a row's events report (the request, or the consumed event, that made it): the
-- relay sends it with each of them as the CloudEvents distributed-tracing extension (ce_traceparent, ce_tracestate),
-- so that every consumer continues the trace of that change. One per row: a row holds the events of one append,
-- which one piece of work made. A tracestate is kept up to the 512 characters W3C asks every vendor to pass on.
-- Rows stored before have none and are published as before, without the extension.
ALTER TABLE zone_outbox ADD COLUMN traceparent VARCHAR(55);
ALTER TABLE zone_outbox ADD COLUMN tracestate VARCHAR(512);
