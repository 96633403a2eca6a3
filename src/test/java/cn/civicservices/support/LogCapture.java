package cn.civicservices.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every log record the application writes while it is open, at the levels production logs (INFO and above), as an
 * operator would read it: the formatted message, the logging context (MDC) and every failure in full (class,
 * message and stack of each cause). Installed on the root logger of the running application, beside its handlers.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** One record as written. */
    public record Line(String level, String logger, String message, String requestId, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.INFO);
    }

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Everything captured, as one text. */
    public String text() {
        StringBuilder all = new StringBuilder();
        lines.forEach(line -> all.append(line.text()).append('\n'));
        return all.toString();
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = formatted(record);
        StringBuilder text = new StringBuilder().append(record.getLevel()).append(' ').append(record.getLoggerName())
                .append(' ').append(message);
        String requestId = null;
        if (record instanceof ExtLogRecord ext) {
            requestId = ext.getMdc("requestId");
            text.append(" mdc=").append(ext.getMdcCopy()).append(" ndc=").append(ext.getNdc());
        }
        if (record.getThrown() != null) {
            StringWriter stack = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(stack));
            text.append('\n').append(stack);
        }
        lines.add(new Line(record.getLevel().getName(), record.getLoggerName(), message, requestId, text.toString()));
    }

    private static String formatted(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        return record.getMessage();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
