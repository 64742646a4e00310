package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Graded sick leave at the stoppunkt fulfils the aktivitetskrav without a veileder (isaktivitetskrav). */
@Component("registrerAutomatiskOppfylt")
public class RegistrerAutomatiskOppfyltDelegate implements JavaDelegate {

    public static final String AUTOMATISK_OPPFYLT = "AUTOMATISK_OPPFYLT";

    private final SakshendelseRepository hendelser;

    public RegistrerAutomatiskOppfyltDelegate(SakshendelseRepository hendelser) {
        this.hendelser = hendelser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Prosessvariabler.AKTIVITETSKRAV_STATUS, AUTOMATISK_OPPFYLT);
        hendelser.registrer(execution.getProcessBusinessKey(), Sakshendelser.VURDERING, "AKTIVITETSKRAV:"
                + AUTOMATISK_OPPFYLT, "Gradert sykmeldt ved stoppunktet", "system");
    }
}
