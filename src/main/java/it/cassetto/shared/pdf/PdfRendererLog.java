package it.cassetto.shared.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where openhtmltopdf's messages go: its warnings and errors to the {@code com.openhtmltopdf} logger of
 * java.util.logging (so to the server's log), the rest nowhere. Its own logger looks up a logger by name for
 * every message it might write, including one per length computed on a page (a few percent of a big dossier's
 * printing), and writes lines such as "Using fast-mode renderer" at INFO level for every document.
 */
public final class PdfRendererLog implements XRLogger {

    private static final Logger LOG = Logger.getLogger("com.openhtmltopdf");
    private static final int WARNING = Level.WARNING.intValue();

    private PdfRendererLog() {
    }

    /** Makes this the renderer's logger, for the whole JVM (openhtmltopdf keeps one); idempotent. */
    public static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfRendererLog)) {
            XRLog.setLoggerImpl(new PdfRendererLog());
        }
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= WARNING;
    }

    @Override
    public void log(Diagnostic diagnostic) {
        if (isLogLevelEnabled(diagnostic)) {
            LOG.log(diagnostic.getLevel(), diagnostic.getFormattedMessage(), diagnostic.getError());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        if (level.intValue() >= WARNING) {
            LOG.log(level, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= WARNING) {
            LOG.log(level, message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The levels are fixed: warnings and errors only.
    }
}
