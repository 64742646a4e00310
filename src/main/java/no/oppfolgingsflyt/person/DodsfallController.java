package no.oppfolgingsflyt.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.oppfolgingsflyt.api.Feltfeil;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Fodselsnummer;
import no.oppfolgingsflyt.felles.Personlaas;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake reports a death (from the population register): every open case of the person closes. */
@RestController
@RequestMapping("/api/personer")
public class DodsfallController {

    public record Melding(String fnr, LocalDate dodsdato) {}

    public record Kvittering(List<String> lukkedeSaker) {}

    private final Dodsfall dodsfall;
    private final Personlaas laas;

    public DodsfallController(Dodsfall dodsfall, Personlaas laas) {
        this.dodsfall = dodsfall;
        this.laas = laas;
    }

    @PostMapping("/dodsfall")
    public Kvittering dodsfall(@RequestBody Melding m) {
        List<Feltfeil> feil = new ArrayList<>();
        Fodselsnummer.feil(m.fnr()).ifPresent(f -> feil.add(new Feltfeil("fnr", f)));
        if (m.dodsdato() == null) {
            feil.add(new Feltfeil("dodsdato", "må fylles ut (ÅÅÅÅ-MM-DD)"));
        } else if (m.dodsdato().isAfter(Datoer.idag())) {
            feil.add(new Feltfeil("dodsdato", "kan ikke være fram i tid"));
        }
        if (!feil.isEmpty()) {
            throw new Valideringsfeil(feil);
        }
        return new Kvittering(laas.forPerson(m.fnr(), () -> dodsfall.registrer(m.fnr(), m.dodsdato())));
    }
}
