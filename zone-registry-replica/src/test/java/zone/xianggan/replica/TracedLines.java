package zone.xianggan.replica;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * The lines one logger writes, each with the trace id it was written in: the MDC's {@code traceId}, which the
 * services' log pattern prints at the head of every line. Taken as each line is written, on the thread that writes
 * it, where the MDC is that line's.
 */
final class TracedLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    record Line(String traceId, String message) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private TracedLines(Logger logger) {
        this.logger = logger;
    }

    static TracedLines of(Class<?> loggingClass) {
        TracedLines lines = new TracedLines((Logger) LoggerFactory.getLogger(loggingClass));
        lines.start();
        lines.logger.addAppender(lines);
        return lines;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(new Line(event.getMDCPropertyMap().get("traceId"), event.getFormattedMessage()));
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
