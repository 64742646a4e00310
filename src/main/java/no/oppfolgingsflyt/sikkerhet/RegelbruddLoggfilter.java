package no.oppfolgingsflyt.sikkerhet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps rule violations (a user's mistake, answered with 400) out of the log: the engine logs every exception that
 * leaves a command with its stack trace, and a form's message could quote what was typed. Installed in
 * logback-spring.xml. Real errors are logged as before.
 */
public class RegelbruddLoggfilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // The engine REST API logs the 500 it makes of complete and submit-form errors with the stack trace as text;
        // the gate answers those 400 when a rule was broken in this very call.
        if (logger.getName().startsWith("org.camunda.bpm.engine.rest") && RegelbruddPlugin.harSiste()) {
            return FilterReply.DENY;
        }
        if (RegelbruddPlugin.regelbrudd(t) != null) {
            return FilterReply.DENY;
        }
        if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable sist
                && RegelbruddPlugin.regelbrudd(sist) != null) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
