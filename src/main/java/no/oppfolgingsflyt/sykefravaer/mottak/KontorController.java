package no.oppfolgingsflyt.sykefravaer.mottak;

import no.oppfolgingsflyt.felles.Personlaas;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake moves a case to another NAV office (the person moved, or the follow-up is handed over). */
@RestController
@RequestMapping("/api/saker/{saksreferanse}/enhet")
public class KontorController {

    public record NyEnhet(String enhet) {}

    private final Kontorflytting flytting;
    private final SakRepository saker;
    private final Personlaas laas;

    public KontorController(Kontorflytting flytting, SakRepository saker, Personlaas laas) {
        this.flytting = flytting;
        this.saker = saker;
        this.laas = laas;
    }

    /** One change to a person's cases at a time (see felles.Personlaas). */
    @PutMapping
    public ResponseEntity<Void> flytt(@PathVariable String saksreferanse, @RequestBody NyEnhet ny) {
        laas.forPerson(saker.finn(saksreferanse).map(Sak::fnr).orElse(null),
                () -> flytting.flytt(saksreferanse, ny.enhet()));
        return ResponseEntity.noContent().build();
    }
}
