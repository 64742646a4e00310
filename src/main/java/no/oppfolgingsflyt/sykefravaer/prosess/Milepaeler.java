package no.oppfolgingsflyt.sykefravaer.prosess;

import java.util.Date;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Milepaelregler;
import org.springframework.stereotype.Component;

/**
 * The conditions of the waits "Sykmeldt på …" after each milestone timer ({@code ${milepaeler.…}}): the milestone
 * happens when its date has come and the known sick leave covers it. The engine evaluates them again each time a
 * sykmelding changes {@code sisteSykedag}, so a late sykmelding makes a passed milestone happen when it arrives.
 */
@Component("milepaeler")
public class Milepaeler {

    private final FristKonfig konfig;

    public Milepaeler(FristKonfig konfig) {
        this.konfig = konfig;
    }

    public boolean sykmeldtPa(Date sisteSykedag, Date dato) {
        return Milepaelregler.sykmeldtPa(Datoer.dato(sisteSykedag), Datoer.dato(dato));
    }

    public boolean aktivitetskrav(Date sisteSykedag, Date stoppunkt) {
        return Milepaelregler.aktivitetskrav(Datoer.dato(sisteSykedag), Datoer.dato(stoppunkt), Datoer.idag(),
                konfig.aktivitetskravInaktivEtterDager());
    }
}
