package no.oppfolgingsflyt.sikkerhet;

import java.util.ArrayList;
import java.util.List;
import no.oppfolgingsflyt.felles.Regelbrudd;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * A rule the user broke inside the engine (a task listener's {@link Regelbrudd}, which the engine wraps in its own
 * exception) leaves every engine call as a {@link BadUserRequestException} carrying only the Norwegian message:
 * both REST APIs answer it with 400 and that message (Tasklist shows it), never with 500 and a stack trace.
 */
@Component
public class RegelbruddPlugin extends AbstractProcessEnginePlugin {

    /**
     * The rule violation of the last engine call on this thread. The engine REST API turns any engine exception of
     * complete and submit-form into a 500 of its own; the gate reads this to answer 400 instead.
     */
    private static final ThreadLocal<Regelbrudd> SISTE = new ThreadLocal<>();

    /** Forgets the last rule violation on this thread; call before the work whose violation you want to know. */
    public static void glem() {
        SISTE.remove();
    }

    /** Whether the last engine call on this thread ended in a rule violation (not yet read by the gate). */
    static boolean harSiste() {
        return SISTE.get() != null;
    }

    /** The rule violation since {@link #glem()} on this thread, or null; forgets it. */
    public static Regelbrudd siste() {
        Regelbrudd r = SISTE.get();
        SISTE.remove();
        return r;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl konfig) {
        konfig.setCustomPreCommandInterceptorsTxRequired(medTolk(konfig.getCustomPreCommandInterceptorsTxRequired()));
        konfig.setCustomPreCommandInterceptorsTxRequiresNew(
                medTolk(konfig.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private static List<CommandInterceptor> medTolk(List<CommandInterceptor> fra) {
        List<CommandInterceptor> liste = fra == null ? new ArrayList<>() : new ArrayList<>(fra);
        liste.add(0, new Tolk());
        return liste;
    }

    /** The rule violation in an exception's causes, or null. */
    public static Regelbrudd regelbrudd(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Regelbrudd r) {
                return r;
            }
        }
        return null;
    }

    static class Tolk extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() == null) {
                SISTE.remove(); // a new call from outside the engine: an older violation is no longer news
            }
            try {
                return next.execute(command);
            } catch (BadUserRequestException e) {
                throw e;
            } catch (RuntimeException e) {
                Regelbrudd r = regelbrudd(e);
                if (r == null) {
                    throw e;
                }
                SISTE.set(r);
                throw new BadUserRequestException(r.getMessage(), r);
            }
        }
    }
}
