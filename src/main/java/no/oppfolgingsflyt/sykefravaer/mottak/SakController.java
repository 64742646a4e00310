package no.oppfolgingsflyt.sykefravaer.mottak;

import java.time.LocalDate;
import java.util.List;
import no.oppfolgingsflyt.felles.Personlaas;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.varsel.VarselRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/saker/{saksreferanse}")
public class SakController {

    public record Bekreftelse(SakHandlinger.Plikt plikt, SakHandlinger.Bekreftelse svar, String begrunnelse) {}

    public record Motebehov(SakHandlinger.Part fra, String begrunnelse) {}

    public record Svar39Uker(Boolean trengerMerOppfolging, String kommentar) {}

    public record DialogmoteSvar(SakHandlinger.Deltaker deltaker, SakHandlinger.MoteSvar svar, String kommentar) {}

    public record Friskmelding(LocalDate friskmeldtFom) {}

    public record Tilbakekalling(String begrunnelse) {}

    /** A case as the API shows it: no fødselsnummer, no names. */
    public record Saksoversikt(String saksreferanse, String enhet, boolean harArbeidsgiver, LocalDate tilfelleStart,
            LocalDate sisteSykedag, boolean gradert, Sak.Status status, String avsluttetGrunn,
            List<SakshendelseRepository.Sakshendelse> hendelser, List<VarselRepository.Varsel> varsler) {}

    private final SakHandlinger handlinger;
    private final SakshendelseRepository hendelser;
    private final VarselRepository varsler;
    private final SakRepository saker;
    private final Personlaas laas;

    public SakController(SakHandlinger handlinger, SakshendelseRepository hendelser, VarselRepository varsler,
            SakRepository saker, Personlaas laas) {
        this.handlinger = handlinger;
        this.hendelser = hendelser;
        this.varsler = varsler;
        this.saker = saker;
        this.laas = laas;
    }

    /**
     * Whose case it is, for the person's lock (changes to a case wait for the person's sykmeldinger and the other
     * way round). Null for an unknown case; the access check is the handling's, which answers 404 for both.
     */
    private String person(String saksreferanse) {
        return saker.finn(saksreferanse).map(Sak::fnr).orElse(null);
    }

    @GetMapping
    public Saksoversikt hent(@PathVariable String saksreferanse) {
        Sak s = handlinger.sak(saksreferanse);
        return new Saksoversikt(s.saksreferanse(), s.enhet(), s.harArbeidsgiver(), s.tilfelleStart(),
                s.sisteSykedag(), s.gradert(), s.status(), s.avsluttetGrunn(), hendelser.forSak(saksreferanse),
                varsler.forSak(saksreferanse));
    }

    @PostMapping("/arbeidsgiverbekreftelse")
    public ResponseEntity<Void> bekreft(@PathVariable String saksreferanse, @RequestBody Bekreftelse b) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.arbeidsgiverBekrefter(saksreferanse, b.plikt(), b.svar(), b.begrunnelse()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/motebehov")
    public ResponseEntity<Void> motebehov(@PathVariable String saksreferanse, @RequestBody Motebehov m) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.motebehov(saksreferanse, m.fra(), m.begrunnelse()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/svar-39-uker")
    public ResponseEntity<Void> svar39(@PathVariable String saksreferanse, @RequestBody Svar39Uker s) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.svar39Uker(saksreferanse, s.trengerMerOppfolging(), s.kommentar()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dialogmote-svar")
    public ResponseEntity<Void> dialogmoteSvar(@PathVariable String saksreferanse, @RequestBody DialogmoteSvar s) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.dialogmoteSvar(saksreferanse, s.deltaker(), s.svar(), s.kommentar()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/friskmelding")
    public ResponseEntity<Void> friskmelding(@PathVariable String saksreferanse, @RequestBody Friskmelding f) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.friskmelding(saksreferanse, f.friskmeldtFom()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/vurderinger/{steg}/tilbakekalling")
    public ResponseEntity<Void> trekkTilbake(@PathVariable String saksreferanse, @PathVariable SakHandlinger.Steg steg,
            @RequestBody Tilbakekalling t) {
        laas.forPerson(person(saksreferanse),
                () -> handlinger.trekkTilbakeVurdering(saksreferanse, steg, t.begrunnelse()));
        return ResponseEntity.noContent().build();
    }
}
