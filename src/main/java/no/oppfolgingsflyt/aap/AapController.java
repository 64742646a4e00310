package no.oppfolgingsflyt.aap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.api.Feltfeil;
import no.oppfolgingsflyt.api.IkkeFunnet;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.api.Tilgangskontroll;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Identiteter;
import no.oppfolgingsflyt.felles.Navkontorer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AAP API: a søknad or a veileder opens an arbeidsevnevurdering; the intake delivers the egenvurdering, the
 * legeerklæring, meldekort and reported breaches of the aktivitetsplikt into the running case.
 */
@RestController
@RequestMapping("/api/aap")
public class AapController {

    public record Soknad(String fnr, String enhet) {}

    public record Brudd(String arsak, Boolean rimeligGrunn) {}

    public record Kvittering(String saksreferanse) {}

    public record Oversikt(String saksreferanse, String enhet, AapSak.Kilde kilde, String sykefravaerRef,
            AapSak.Status status, String avsluttetGrunn) {}

    static final List<String> BRUDDARSAKER = List.of("IKKE_MOTT_TIL_TILTAK", "IKKE_MOTT_TIL_BEHANDLING",
            "IKKE_MOTT_TIL_MOTE", "IKKE_SENDT_DOKUMENTASJON");

    private final AapStart start;
    private final AapSakRepository saker;
    private final SakRepository sykefravaer;
    private final MottakerRepository mottakere;
    private final SakshendelseRepository hendelser;
    private final RuntimeService runtime;
    private final Tilgangskontroll tilgang;
    private final Systemkontekst system;
    private final Identiteter identiteter;
    private final Navkontorer kontorer;

    public AapController(AapStart start, AapSakRepository saker, SakRepository sykefravaer,
            MottakerRepository mottakere, SakshendelseRepository hendelser, RuntimeService runtime,
            Tilgangskontroll tilgang, Systemkontekst system, Identiteter identiteter, Navkontorer kontorer) {
        this.identiteter = identiteter;
        this.kontorer = kontorer;
        this.start = start;
        this.saker = saker;
        this.sykefravaer = sykefravaer;
        this.mottakere = mottakere;
        this.hendelser = hendelser;
        this.runtime = runtime;
        this.tilgang = tilgang;
        this.system = system;
    }

    /**
     * A søknad om AAP. The person must be known to the system (a sykefravær case or registered contact details), so
     * that letters reach them; an unknown person gets 404.
     */
    @PostMapping("/soknader")
    public ResponseEntity<Kvittering> soknad(@RequestBody Soknad s) {
        valider(s);
        if (sykefravaer.finnForPerson(s.fnr()).isEmpty() && mottakere.kontaktEpost(s.fnr()).isEmpty()) {
            throw new IkkeFunnet("The person is not known: no sykefravær case and no registered contact details");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Kvittering(start.start(s.fnr(), s.enhet(), AapSak.Kilde.SOKNAD, null, false)));
    }

    /**
     * A veileder starts an arbeidsevnevurdering by hand for a person their office follows up: one with a sykefravær
     * case or an arbeidsevnevurdering at that office. Anyone else gets the same 404, whether the person is unknown
     * or known at another office, so the endpoint tells nothing about people outside the office.
     */
    @PostMapping("/arbeidsevnevurderinger")
    public ResponseEntity<Kvittering> veilederStarter(@RequestBody Soknad s) {
        valider(s);
        if (!tilgang.harTilgangTil(s.enhet()) || !kjentVed(s.fnr(), s.enhet())) {
            throw new IkkeFunnet("Personen er ikke kjent ved kontoret ditt");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Kvittering(start.start(s.fnr(), s.enhet(), AapSak.Kilde.VEILEDER, null, false)));
    }

    @GetMapping("/{ref}")
    public Oversikt hent(@PathVariable String ref) {
        AapSak s = sak(ref);
        return new Oversikt(s.saksreferanse(), s.enhet(), s.kilde(), s.sykefravaerRef(), s.status(), s.avsluttetGrunn());
    }

    @PostMapping("/{ref}/egenvurdering")
    @Transactional
    public ResponseEntity<Void> egenvurdering(@PathVariable String ref) {
        AapSak s = aktiv(ref);
        sett(s, AapVariabler.EGENVURDERING_MOTTATT, true);
        korreler(ref, AapVariabler.MELDING_EGENVURDERING, false);
        hendelser.registrer(ref, "EGENVURDERING_MOTTATT", null, null, system.bruker());
        return ResponseEntity.noContent().build();
    }

    /** Recorded whenever it comes; it moves the case on only while the case waits for it. */
    @PostMapping("/{ref}/legeerklaering")
    @Transactional
    public ResponseEntity<Void> legeerklaering(@PathVariable String ref) {
        AapSak s = aktiv(ref);
        sett(s, AapVariabler.LEGEERKLAERING_MOTTATT, true);
        korreler(ref, AapVariabler.MELDING_LEGEERKLAERING, false);
        hendelser.registrer(ref, "LEGEERKLAERING_MOTTATT", null, null, system.bruker());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{ref}/meldekort")
    @Transactional
    public ResponseEntity<Void> meldekort(@PathVariable String ref) {
        aktiv(ref);
        korreler(ref, AapVariabler.MELDING_MELDEKORT, true);
        hendelser.registrer(ref, "MELDEKORT_MOTTATT", null, null, system.bruker());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{ref}/brudd-aktivitetsplikt")
    @Transactional
    public ResponseEntity<Void> brudd(@PathVariable String ref, @RequestBody Brudd b) {
        if (b.arsak() == null || !BRUDDARSAKER.contains(b.arsak())) {
            throw new Valideringsfeil("arsak", "must be one of " + BRUDDARSAKER);
        }
        if (b.rimeligGrunn() == null) {
            throw new Valideringsfeil("rimeligGrunn", "is required");
        }
        AapSak s = aktiv(ref);
        system.somSystem(() -> {
            if (!venterPa(ref, AapVariabler.MELDING_BRUDD)) {
                throw new Konflikt("Case " + ref + " has no running AAP period");
            }
            runtime.createMessageCorrelation(AapVariabler.MELDING_BRUDD).processInstanceBusinessKey(ref)
                    .setVariables(Map.of("bruddArsak", b.arsak(), "rimeligGrunnOppgitt", b.rimeligGrunn()))
                    .correlateWithResult();
        });
        hendelser.registrer(ref, "BRUDD_AKTIVITETSPLIKT", b.arsak(), b.rimeligGrunn() ? "Rimelig grunn oppgitt"
                : null, system.bruker());
        return ResponseEntity.noContent().build();
    }

    private void korreler(String ref, String melding, boolean paakrevd) {
        system.somSystem(() -> {
            if (venterPa(ref, melding)) {
                runtime.createMessageCorrelation(melding).processInstanceBusinessKey(ref).correlateWithResult();
            } else if (paakrevd) {
                throw new Konflikt("Case " + ref + " is not waiting for " + melding);
            }
        });
    }

    private void sett(AapSak s, String navn, Object verdi) {
        system.somSystem(() -> runtime.setVariable(s.processInstanceId(), navn, verdi));
    }

    /** Another office's case is answered exactly as an unknown one, before anything about its state. */
    private AapSak sak(String ref) {
        return saker.finn(ref).filter(s -> tilgang.harTilgangTil(s.enhet()))
                .orElseThrow(() -> new IkkeFunnet("No arbeidsevnevurdering " + ref));
    }

    private boolean kjentVed(String fnr, String enhet) {
        return sykefravaer.finnForPerson(fnr).stream().anyMatch(s -> s.enhet().equals(enhet))
                || saker.finnForPerson(fnr).stream().anyMatch(s -> s.enhet().equals(enhet));
    }

    private AapSak aktiv(String ref) {
        AapSak s = sak(ref);
        if (s.status() != AapSak.Status.AKTIV) {
            throw new Konflikt("Case " + ref + " is closed (" + s.avsluttetGrunn() + ")");
        }
        return s;
    }

    /** The person's identity and a known office, before anything is looked up about either. */
    private void valider(Soknad s) {
        List<Feltfeil> feil = new ArrayList<>();
        identiteter.fnrFeil(s.fnr()).ifPresent(f -> feil.add(new Feltfeil("fnr", f)));
        kontorer.feil(s.enhet()).ifPresent(f -> feil.add(new Feltfeil("enhet", f)));
        if (!feil.isEmpty()) {
            throw new Valideringsfeil(feil);
        }
    }

    /** Whether the case's process waits for this message now. */
    private boolean venterPa(String ref, String melding) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(ref).messageEventSubscriptionName(melding)
                .count() > 0;
    }
}
