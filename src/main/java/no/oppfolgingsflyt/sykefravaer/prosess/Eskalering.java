package no.oppfolgingsflyt.sykefravaer.prosess;

import java.util.Date;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import org.springframework.stereotype.Component;

/** When an open veileder task goes to the team lead too: a configurable number of days after its due date. */
@Component("eskalering")
public class Eskalering {

    private final FristKonfig konfig;

    public Eskalering(FristKonfig konfig) {
        this.konfig = konfig;
    }

    public Date etter(Date frist) {
        return Datoer.startAvDag(Datoer.dato(frist).plusDays(konfig.eskaleringDager()));
    }

    /** For tasks whose due date is {@link ProsessFrister#oppgavefrist()}. */
    public Date etterNyFrist() {
        return Datoer.startAvDag(Datoer.idag().plusDays(konfig.oppgaveDager() + konfig.eskaleringDager()));
    }
}
