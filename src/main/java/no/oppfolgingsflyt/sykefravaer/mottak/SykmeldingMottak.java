package no.oppfolgingsflyt.sykefravaer.mottak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.api.IkkeFunnet;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Sha256;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Oppfolgingstilfelle;
import no.oppfolgingsflyt.sykefravaer.domene.Periode;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import no.oppfolgingsflyt.sykefravaer.domene.TilfelleBeregner;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SykmeldingRepository;
import no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.prosess.SykefravaerProsess;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a validated sykmelding and decides its oppfølgingstilfelle from all of the person's sykmeldinger: a new
 * case, an extension of the person's active case (moving its deadlines when the start or end changes), the
 * continuation of a closed case's tilfelle, a sykmelding after maksdato, or nothing at all for a repeat delivery.
 * Everything happens in one transaction with the engine, so a failure leaves no trace.
 */
@Service
public class SykmeldingMottak {

    private static final Logger LOG = LoggerFactory.getLogger(SykmeldingMottak.class);

    private final SakRepository saker;
    private final SykmeldingRepository sykmeldinger;
    private final SakshendelseRepository hendelser;
    private final SykefravaerProsess prosess;
    private final TilfelleBeregner beregner;
    private final FristKonfig konfig;
    private final Systemkontekst system;
    private final MottakerRepository mottakere;
    private final AapSakRepository aapSaker;

    private final Kontorflytting kontorflytting;

    public SykmeldingMottak(SakRepository saker, SykmeldingRepository sykmeldinger, SakshendelseRepository hendelser,
            SykefravaerProsess prosess, TilfelleBeregner beregner, FristKonfig konfig, Systemkontekst system,
            MottakerRepository mottakere, AapSakRepository aapSaker, Kontorflytting kontorflytting) {
        this.kontorflytting = kontorflytting;
        this.mottakere = mottakere;
        this.saker = saker;
        this.sykmeldinger = sykmeldinger;
        this.hendelser = hendelser;
        this.prosess = prosess;
        this.beregner = beregner;
        this.konfig = konfig;
        this.system = system;
        this.aapSaker = aapSaker;
    }

    @Transactional
    public Kvittering motta(SykmeldingInn sm) {
        String hash = hash(sm);
        Optional<SykmeldingRepository.Lagret> tidligere = sykmeldinger.finn(sm.sykmeldingId());
        if (tidligere.isPresent()) {
            if (tidligere.get().innholdHash().equals(hash)) {
                return new Kvittering(tidligere.get().saksreferanse(), Kvittering.Resultat.ALLEREDE_MOTTATT);
            }
            throw new Konflikt("sykmeldingId " + sm.sykmeldingId() + " was received before with other content");
        }
        List<Periode> nye = SykmeldingValidering.perioder(sm);
        List<SykmeldingRepository.Sykeperiode> kjente = sykmeldinger.gjeldendePerioder(sm.fnr());
        List<Periode> alle = new ArrayList<>(kjente.stream().map(SykmeldingRepository.Sykeperiode::periode).toList());
        alle.addAll(nye);
        Oppfolgingstilfelle tilfelle = beregner.beregn(alle).stream().filter(t -> t.inneholder(nye.get(0)))
                .findFirst().orElseThrow();
        // The cases whose sykmeldinger belong to this tilfelle: none for a new one, more than one when the sykmelding
        // fills the gap between two tilfeller.
        List<Sak> sakerITilfellet = kjente.stream().filter(k -> tilfelle.inneholder(k.periode()))
                .map(SykmeldingRepository.Sykeperiode::saksreferanse).distinct()
                .map(ref -> saker.finn(ref).orElseThrow())
                .sorted(Comparator.comparing(Sak::tilfelleStart)).toList();
        Optional<Sak> aktiv = saker.finnAktiv(sm.fnr());
        if (aktiv.isPresent() && sakerITilfellet.stream().noneMatch(Sak::erAktiv)) {
            if (tilfelle.start().isBefore(aktiv.get().tilfelleStart())) {
                if (!erOver(tilfelle)) {
                    throw new Konflikt("The sykmelding belongs to an earlier oppfølgingstilfelle than the person's "
                            + "active case " + aktiv.get().saksreferanse() + " and cannot be followed up any more");
                }
                // An earlier tilfelle that is over: recorded on its own case below, no follow-up.
            } else {
                // A later tilfelle: the active case's tilfelle has ended even if its closing timer has not run yet.
                prosess.korreler(aktiv.get().saksreferanse(), Prosessvariabler.MELDING_AVSLUTTET,
                        Map.of(Prosessvariabler.AVSLUTTET_GRUNN, "TILFELLE_AVSLUTTET"));
            }
        }
        if (sakerITilfellet.isEmpty()) {
            return nySak(sm, hash, nye, tilfelle);
        }
        // The tilfelle goes on in the active case if it is one of them, else in the earliest: its S is the tilfelle's.
        Sak sak = sakerITilfellet.stream().filter(Sak::erAktiv).findFirst().orElse(sakerITilfellet.get(0));
        for (Sak annen : sakerITilfellet) {
            if (!annen.saksreferanse().equals(sak.saksreferanse())) {
                slaSammen(annen, sak);
            }
        }
        if (sak.erAktiv()) {
            return forleng(sak, tilfelle, sm, hash, nye);
        }
        LocalDate maksdato = Saksfrister.uke(tilfelle.start(), konfig.maksdatoUker());
        if (!Datoer.idag().isBefore(maksdato)) {
            return etterMaksdato(sak, tilfelle, sm, hash, nye);
        }
        if (erOver(tilfelle)) {
            registrer(sak, tilfelle, sm, hash, nye);
            hendelser.registrer(sak.saksreferanse(), Sakshendelser.TILFELLE_ENDRET, null, beskriv(tilfelle)
                    + "; tilfellet var over da sykmeldingen kom", system.bruker());
            return new Kvittering(sak.saksreferanse(), Kvittering.Resultat.AVSLUTTET_TILFELLE);
        }
        return gjenoppta(sak, tilfelle, sm, hash, nye);
    }

    /**
     * The sender annulled the sykmelding: its periods no longer count and the case's tilfelle is computed again from
     * what is left. S and every deadline counted from it can move later and the tilfelle shrink; a tilfelle left with
     * nothing, or over now, closes its case; a tilfelle split in two keeps its case for the first part, and each later
     * part is followed in a case of its own, as a sykmelding starting a later tilfelle would be.
     */
    /** The person a stored sykmelding belongs to (for the per-person lock); 404 when it is unknown. */
    public String personFor(String sykmeldingId) {
        return sykmeldinger.finn(sykmeldingId).flatMap(l -> saker.finn(l.saksreferanse())).map(Sak::fnr)
                .orElseThrow(() -> new IkkeFunnet("No sykmelding " + sykmeldingId));
    }

    @Transactional
    public void annuller(String sykmeldingId) {
        SykmeldingRepository.Lagret lagret = sykmeldinger.finn(sykmeldingId)
                .orElseThrow(() -> new IkkeFunnet("No sykmelding " + sykmeldingId));
        if (!sykmeldinger.annuller(sykmeldingId)) {
            return; // annulled before: nothing more happens
        }
        Sak sak = saker.finn(lagret.saksreferanse()).orElseThrow();
        String ref = sak.saksreferanse();
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_ANNULLERT, sykmeldingId, null, system.bruker());
        List<SykmeldingRepository.Sykeperiode> igjen = sykmeldinger.gjeldendePerioder(sak.fnr()).stream()
                .filter(p -> p.saksreferanse().equals(ref)).toList();
        if (igjen.isEmpty()) {
            avslutt(sak, "ANNULLERT");
            return;
        }
        List<Oppfolgingstilfelle> tilfeller = beregner.beregn(igjen.stream()
                .map(SykmeldingRepository.Sykeperiode::periode).toList());
        Oppfolgingstilfelle forste = tilfeller.get(0);
        boolean endret = !forste.start().equals(sak.tilfelleStart())
                || !forste.sisteSykedag().equals(sak.sisteSykedag()) || forste.gradert() != sak.gradert();
        saker.oppdaterTilfelle(ref, forste.start(), forste.sisteSykedag(), forste.gradert());
        if (endret) {
            hendelser.registrer(ref, Sakshendelser.TILFELLE_ENDRET, null, beskriv(forste) + "; sykmelding "
                    + sykmeldingId + " annullert", system.bruker());
        }
        if (sak.erAktiv()) {
            if (tilfeller.size() > 1 || erOver(forste)) {
                // Over, or followed by a separate later tilfelle: the case's tilfelle has ended.
                avslutt(sak, "TILFELLE_AVSLUTTET");
            } else if (endret) {
                prosess.oppdaterTilfelle(sak.processInstanceId(), frister(forste), forste.gradert());
            }
        }
        for (Oppfolgingstilfelle senere : tilfeller.subList(1, tilfeller.size())) {
            String ny = opprettSak(sak.fnr(), sak.enhet(), sak.orgnummer(), senere);
            igjen.stream().filter(p -> senere.inneholder(p.periode()))
                    .map(SykmeldingRepository.Sykeperiode::sykmeldingId).distinct()
                    .forEach(id -> sykmeldinger.flyttSykmelding(id, ny));
            hendelser.registrer(ref, Sakshendelser.TILFELLE_DELT, ny, "Sykmeldingene fra " + senere.start()
                    + " følges opp i sak " + ny, system.bruker());
            hendelser.registrer(ny, Sakshendelser.TILFELLE_DELT, ref, "Delt fra sak " + ref + " etter annullering av "
                    + "sykmelding " + sykmeldingId, system.bruker());
        }
    }

    private void avslutt(Sak sak, String grunn) {
        if (!prosess.korreler(sak.saksreferanse(), Prosessvariabler.MELDING_AVSLUTTET,
                Map.of(Prosessvariabler.AVSLUTTET_GRUNN, grunn)) && sak.erAktiv()) {
            saker.avslutt(sak.saksreferanse(), grunn);
        }
    }

    private boolean erOver(Oppfolgingstilfelle tilfelle) {
        return !beregner.avsluttesDato(tilfelle.sisteSykedag()).isAfter(Datoer.idag());
    }

    private Kvittering nySak(SykmeldingInn sm, String hash, List<Periode> nye, Oppfolgingstilfelle tilfelle) {
        String ref = opprettSak(sm.fnr(), sm.enhet(), sm.orgnummer(), tilfelle);
        sykmeldinger.lagre(sm.sykmeldingId(), ref, sm.fnr(), sm.sykmelder(), hash, nye);
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_MOTTATT, sm.sykmeldingId(), null, system.bruker());
        oppdaterNaermesteLeder(sm);
        return new Kvittering(ref, erOver(tilfelle) ? Kvittering.Resultat.AVSLUTTET_TILFELLE
                : Kvittering.Resultat.NY_SAK);
    }

    /** A case for a tilfelle: closed at once when the tilfelle is over, else with its follow-up started. */
    private String opprettSak(String fnr, String enhet, String orgnummer, Oppfolgingstilfelle tilfelle) {
        String ref = saker.nySaksreferanse();
        boolean avsluttet = erOver(tilfelle);
        saker.opprett(new Sak(ref, fnr, enhet, orgnummer, tilfelle.start(), tilfelle.sisteSykedag(),
                tilfelle.gradert(), avsluttet ? Sak.Status.AVSLUTTET : Sak.Status.AKTIV,
                avsluttet ? "TILFELLE_AVSLUTTET" : null, null));
        if (avsluttet) {
            hendelser.registrer(ref, Sakshendelser.SAK_AVSLUTTET, "TILFELLE_AVSLUTTET",
                    "Tilfellet var over da sykmeldingen kom", "system");
            return ref;
        }
        String pid = prosess.start(ref, enhet, orgnummer != null, tilfelle.gradert(), frister(tilfelle));
        saker.settProsess(ref, pid);
        LOG.info("Ny sak {} for enhet {}, tilfelle fra {}", ref, enhet, tilfelle.start());
        return ref;
    }

    private Kvittering forleng(Sak sak, Oppfolgingstilfelle tilfelle, SykmeldingInn sm, String hash, List<Periode> nye) {
        String ref = sak.saksreferanse();
        registrer(sak, tilfelle, sm, hash, nye);
        // A sykmelding from another NAV office: the person is followed up there now, and the case moves with them.
        boolean flyttet = !sm.enhet().equals(sak.enhet()) && kontorflytting.flytt(ref, sm.enhet());
        boolean endret = !tilfelle.start().equals(sak.tilfelleStart())
                || !tilfelle.sisteSykedag().equals(sak.sisteSykedag()) || tilfelle.gradert() != sak.gradert();
        if (!endret) {
            return new Kvittering(ref, flyttet ? Kvittering.Resultat.SAK_OPPDATERT : Kvittering.Resultat.SAK_UENDRET);
        }
        prosess.oppdaterTilfelle(sak.processInstanceId(), frister(tilfelle), tilfelle.gradert());
        hendelser.registrer(ref, Sakshendelser.TILFELLE_ENDRET, null, beskriv(tilfelle), system.bruker());
        return new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT);
    }

    /**
     * The sykmelding continues the tilfelle of a closed case (after a friskmelding, or a late sykmelding for a
     * tilfelle whose case had closed): the same case and S; the milestones the tilfelle has passed are not repeated,
     * the others are armed again.
     */
    private Kvittering gjenoppta(Sak sak, Oppfolgingstilfelle tilfelle, SykmeldingInn sm, String hash,
            List<Periode> nye) {
        String ref = sak.saksreferanse();
        sykmeldinger.lagre(sm.sykmeldingId(), ref, sm.fnr(), sm.sykmelder(), hash, nye);
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_MOTTATT, sm.sykmeldingId(), null, system.bruker());
        oppdaterNaermesteLeder(sm);
        saker.gjenapne(ref, tilfelle.start(), tilfelle.sisteSykedag(), tilfelle.gradert());
        String pid = prosess.gjenoppta(ref, sak.enhet(), sak.harArbeidsgiver(), tilfelle.gradert(), frister(tilfelle));
        saker.settProsess(ref, pid);
        hendelser.registrer(ref, Sakshendelser.SAK_GJENOPPTATT, sak.avsluttetGrunn(), beskriv(tilfelle),
                system.bruker());
        LOG.info("Sak {} gjenopptatt: tilfellet fra {} fortsetter", ref, tilfelle.start());
        return new Kvittering(ref, Kvittering.Resultat.SAK_GJENOPPTATT);
    }

    /**
     * The tilfelle has reached maksdato: no new 52-week timeline. The sykmelding is recorded on the case, and the
     * veileder gets one task to consider further follow-up, unless an AAP case is open.
     */
    private Kvittering etterMaksdato(Sak sak, Oppfolgingstilfelle tilfelle, SykmeldingInn sm, String hash,
            List<Periode> nye) {
        String ref = sak.saksreferanse();
        registrer(sak, tilfelle, sm, hash, nye);
        hendelser.registrer(ref, Sakshendelser.TILFELLE_ENDRET, null, beskriv(tilfelle) + "; etter maksdato",
                system.bruker());
        if (aapSaker.finnAktiv(sak.fnr()).isEmpty() && prosess.startOppfolgingEtterMaksdato(ref, sak.enhet(), frister(tilfelle))) {
            hendelser.registrer(ref, Sakshendelser.OPPFOLGING_ETTER_MAKSDATO, null,
                    "Sykmeldt etter maksdato: veilederen vurderer videre oppfølging", "system");
        }
        return new Kvittering(ref, Kvittering.Resultat.ETTER_MAKSDATO);
    }

    /** Stores the sykmelding on the case and the tilfelle's new dates, without touching its process. */
    private void registrer(Sak sak, Oppfolgingstilfelle tilfelle, SykmeldingInn sm, String hash, List<Periode> nye) {
        String ref = sak.saksreferanse();
        sykmeldinger.lagre(sm.sykmeldingId(), ref, sm.fnr(), sm.sykmelder(), hash, nye);
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_MOTTATT, sm.sykmeldingId(), null, system.bruker());
        oppdaterNaermesteLeder(sm);
        saker.oppdaterTilfelle(ref, tilfelle.start(), tilfelle.sisteSykedag(), tilfelle.gradert());
    }

    /** Two cases turned out to follow one tilfelle: the other's sykmeldinger go to the case that carries on. */
    private void slaSammen(Sak annen, Sak sak) {
        sykmeldinger.flyttTilSak(annen.saksreferanse(), sak.saksreferanse());
        if (annen.erAktiv()) {
            prosess.korreler(annen.saksreferanse(), Prosessvariabler.MELDING_AVSLUTTET,
                    Map.of(Prosessvariabler.AVSLUTTET_GRUNN, "SLATT_SAMMEN"));
        }
        hendelser.registrer(annen.saksreferanse(), Sakshendelser.SAK_SLATT_SAMMEN, sak.saksreferanse(),
                "Sykmeldingene følges opp i sak " + sak.saksreferanse(), system.bruker());
        hendelser.registrer(sak.saksreferanse(), Sakshendelser.SAK_SLATT_SAMMEN, annen.saksreferanse(),
                "Sykmeldingene i sak " + annen.saksreferanse() + " hører til samme tilfelle", system.bruker());
    }

    private Saksfrister frister(Oppfolgingstilfelle tilfelle) {
        return Saksfrister.beregn(tilfelle.start(), tilfelle.sisteSykedag(), konfig, beregner);
    }

    private static String beskriv(Oppfolgingstilfelle tilfelle) {
        return "Tilfelle " + tilfelle.start() + " – " + tilfelle.sisteSykedag() + (tilfelle.gradert() ? ", gradert" : "");
    }

    /** The nærmeste leder can change during a case: the newest sykmelding that names one names the current one. */
    private void oppdaterNaermesteLeder(SykmeldingInn sm) {
        if (sm.naermesteLeder() != null) {
            mottakere.settNaermesteLedere(sm.fnr(), sm.orgnummer(), List.of(
                    new MottakerRepository.Leder(sm.naermesteLeder().navn(), sm.naermesteLeder().epost())));
        }
    }

    static String hash(SykmeldingInn sm) {
        StringBuilder b = new StringBuilder();
        b.append(sm.sykmeldingId()).append('|').append(sm.fnr()).append('|').append(sm.orgnummer()).append('|')
                .append(sm.enhet()).append('|').append(sm.sykmelder()).append('|');
        if (sm.naermesteLeder() != null) {
            b.append(sm.naermesteLeder().navn()).append('|').append(sm.naermesteLeder().epost());
        }
        sm.perioder().stream()
                .sorted(Comparator.comparing(SykmeldingInn.PeriodeInn::fom).thenComparing(SykmeldingInn.PeriodeInn::tom))
                .forEach(p -> b.append('|').append(p.fom()).append('/').append(p.tom()).append('/').append(p.grad()));
        return Sha256.hex(b.toString());
    }
}
