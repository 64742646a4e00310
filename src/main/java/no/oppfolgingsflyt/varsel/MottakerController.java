package no.oppfolgingsflyt.varsel;

import no.oppfolgingsflyt.felles.Format;
import java.util.ArrayList;
import java.util.List;
import no.oppfolgingsflyt.api.Feltfeil;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Identiteter;
import no.oppfolgingsflyt.felles.Orgnummer;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keeps the recipients of varsler up to date: an employer's own address, the nærmeste ledere of a person at an
 * employer (several allowed; the list replaces the current one), and a person's e-mail address. Fødselsnumre go in
 * the body, never in the URL, so they stay out of access logs.
 */
@RestController
@RequestMapping("/api")
public class MottakerController {

    public record Arbeidsgiver(String navn, String epost) {}

    public record Leder(String navn, String epost) {}

    public record NaermesteLedere(String fnr, List<Leder> ledere) {}

    public record Kontaktinfo(String fnr, String epost) {}

    private final MottakerRepository mottakere;
    private final Identiteter identiteter;

    public MottakerController(MottakerRepository mottakere, Identiteter identiteter) {
        this.mottakere = mottakere;
        this.identiteter = identiteter;
    }

    @PutMapping("/arbeidsgivere/{orgnummer}")
    public ResponseEntity<Void> arbeidsgiver(@PathVariable String orgnummer, @RequestBody Arbeidsgiver a) {
        List<Feltfeil> feil = new ArrayList<>();
        Orgnummer.feil(orgnummer).ifPresent(f -> feil.add(new Feltfeil("orgnummer", f)));
        if (a.epost() != null) {
            epost("epost", a.epost(), feil);
        }
        kastHvis(feil);
        mottakere.settArbeidsgiver(orgnummer, a.navn(), a.epost());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/arbeidsgivere/{orgnummer}/naermeste-ledere")
    @Transactional
    public ResponseEntity<Void> naermesteLedere(@PathVariable String orgnummer, @RequestBody NaermesteLedere n) {
        List<Feltfeil> feil = new ArrayList<>();
        Orgnummer.feil(orgnummer).ifPresent(f -> feil.add(new Feltfeil("orgnummer", f)));
        identiteter.fnrFeil(n.fnr()).ifPresent(f -> feil.add(new Feltfeil("fnr", f)));
        if (n.ledere() == null) {
            feil.add(new Feltfeil("ledere", "is required (an empty list removes every nærmeste leder)"));
        } else {
            for (int i = 0; i < n.ledere().size(); i++) {
                Leder l = n.ledere().get(i);
                if (l == null || l.navn() == null || l.navn().isBlank() || l.navn().length() > 200) {
                    feil.add(new Feltfeil("ledere[" + i + "].navn", "is required, at most 200 characters"));
                }
                epost("ledere[" + i + "].epost", l == null ? null : l.epost(), feil);
            }
        }
        kastHvis(feil);
        mottakere.settNaermesteLedere(n.fnr(), orgnummer,
                n.ledere().stream().map(l -> new MottakerRepository.Leder(l.navn(), l.epost())).toList());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/kontaktinfo")
    public ResponseEntity<Void> kontaktinfo(@RequestBody Kontaktinfo k) {
        List<Feltfeil> feil = new ArrayList<>();
        identiteter.fnrFeil(k.fnr()).ifPresent(f -> feil.add(new Feltfeil("fnr", f)));
        epost("epost", k.epost(), feil);
        kastHvis(feil);
        mottakere.settKontaktinfo(k.fnr(), k.epost());
        return ResponseEntity.noContent().build();
    }

    private static void epost(String felt, String epost, List<Feltfeil> feil) {
        if (!Format.erEpost(epost)) {
            feil.add(new Feltfeil(felt, "must be an e-mail address"));
        }
    }

    private static void kastHvis(List<Feltfeil> feil) {
        if (!feil.isEmpty()) {
            throw new Valideringsfeil(feil);
        }
    }
}
