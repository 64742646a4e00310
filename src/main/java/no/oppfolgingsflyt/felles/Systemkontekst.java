package no.oppfolgingsflyt.felles;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on behalf of the application after the API has checked the caller's rights itself (for example
 * "a veileder of the case's office may withdraw a vurdering"). The caller's Camunda authentication is restored after.
 */
@Component
public class Systemkontekst {

    private final IdentityService identityService;

    public Systemkontekst(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T somSystem(Supplier<T> arbeid) {
        Authentication innlogget = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return arbeid.get();
        } finally {
            if (innlogget != null) {
                identityService.setAuthentication(innlogget);
            }
        }
    }

    public void somSystem(Runnable arbeid) {
        somSystem(() -> {
            arbeid.run();
            return null;
        });
    }

    /** The logged-in user's id, or "system" for work the engine does on its own (timers). */
    public String bruker() {
        Authentication a = identityService.getCurrentAuthentication();
        return a == null ? "system" : a.getUserId();
    }

    /**
     * Who does a task: the logged-in user completing or claiming it. Only when the engine works without one (a test
     * driving the engine directly) the task's assignee, else "system". Never a process variable, which a caller can
     * send with the completion.
     */
    public String utforer(String assignee) {
        String innlogget = bruker();
        return "system".equals(innlogget) && assignee != null ? assignee : innlogget;
    }
}
