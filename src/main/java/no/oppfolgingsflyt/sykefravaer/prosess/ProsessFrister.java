package no.oppfolgingsflyt.sykefravaer.prosess;

import java.util.Date;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import org.springframework.stereotype.Component;

/** Deadlines that are relative to "now" rather than to the first sick day, for BPMN expressions ({@code ${frister.…}}). */
@Component("frister")
public class ProsessFrister {

    private final FristKonfig konfig;

    public ProsessFrister(FristKonfig konfig) {
        this.konfig = konfig;
    }

    /** Due date of a task without a legal deadline of its own. */
    public Date oppgavefrist() {
        return Datoer.startAvDag(Datoer.idag().plusDays(konfig.oppgaveDager()));
    }

    /** How long the sykmeldt has to answer the 39-week letter, as an ISO-8601 duration. */
    public String svarfrist39Ukersbrev() {
        return "P" + konfig.svarfrist39UkersbrevDager() + "D";
    }
}
