package no.oppfolgingsflyt.sykefravaer.mottak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import no.oppfolgingsflyt.sykefravaer.prosess.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.prosess.SykefravaerProsess;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a validated sykmelding and decides its oppfølgingstilfelle: a new case, an extension of the person's
 * active case (moving its deadlines when the start or end changes), or nothing at all for a repeat delivery.
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

    public SykmeldingMottak(SakRepository saker, SykmeldingRepository sykmeldinger, SakshendelseRepository hendelser,
            SykefravaerProsess prosess, TilfelleBeregner beregner, FristKonfig konfig, Systemkontekst system,
            MottakerRepository mottakere) {
        this.mottakere = mottakere;
        this.saker = saker;
        this.sykmeldinger = sykmeldinger;
        this.hendelser = hendelser;
        this.prosess = prosess;
        this.beregner = beregner;
        this.konfig = konfig;
        this.system = system;
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
        Optional<Sak> aktiv = saker.finnAktiv(sm.fnr());
        if (aktiv.isPresent()) {
            Sak sak = aktiv.get();
            List<Periode> alle = new ArrayList<>(sykmeldinger.perioderForSak(sak.saksreferanse()));
            List<Periode> gamle = List.copyOf(alle);
            alle.addAll(nye);
            Oppfolgingstilfelle tilfelle = beregner.beregn(alle).stream().filter(t -> t.inneholder(nye.get(0)))
                    .findFirst().orElseThrow();
            if (gamle.stream().anyMatch(tilfelle::inneholder)) {
                return forleng(sak, tilfelle, sm, hash, nye);
            }
            if (tilfelle.start().isBefore(sak.tilfelleStart())) {
                throw new Konflikt("The sykmelding belongs to an earlier oppfølgingstilfelle than the person's active "
                        + "case " + sak.saksreferanse() + " and cannot be followed up any more");
            }
            // A later tilfelle: the active case's tilfelle has ended even if its closing timer has not run yet.
            prosess.korreler(sak.saksreferanse(), Prosessvariabler.MELDING_AVSLUTTET,
                    Map.of(Prosessvariabler.AVSLUTTET_GRUNN, "TILFELLE_AVSLUTTET"));
        }
        return nySak(sm, hash, nye);
    }

    private Kvittering nySak(SykmeldingInn sm, String hash, List<Periode> nye) {
        Oppfolgingstilfelle tilfelle = beregner.beregn(nye).get(0);
        String ref = saker.nySaksreferanse();
        boolean avsluttet = !beregner.avsluttesDato(tilfelle.sisteSykedag()).isAfter(Datoer.idag());
        saker.opprett(new Sak(ref, sm.fnr(), sm.enhet(), sm.orgnummer(), tilfelle.start(),
                tilfelle.sisteSykedag(), tilfelle.gradert(), avsluttet ? Sak.Status.AVSLUTTET : Sak.Status.AKTIV,
                avsluttet ? "TILFELLE_AVSLUTTET" : null, null));
        sykmeldinger.lagre(sm.sykmeldingId(), ref, sm.fnr(), sm.sykmelder(), hash, nye);
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_MOTTATT, sm.sykmeldingId(), null, system.bruker());
        oppdaterNaermesteLeder(sm);
        if (avsluttet) {
            hendelser.registrer(ref, Sakshendelser.SAK_AVSLUTTET, "TILFELLE_AVSLUTTET",
                    "Tilfellet var over da sykmeldingen kom", "system");
            return new Kvittering(ref, Kvittering.Resultat.AVSLUTTET_TILFELLE);
        }
        Saksfrister frister = Saksfrister.beregn(tilfelle.start(), tilfelle.sisteSykedag(), konfig, beregner);
        String pid = prosess.start(ref, sm.enhet(), sm.orgnummer() != null, tilfelle.gradert(), frister);
        saker.settProsess(ref, pid);
        LOG.info("Ny sak {} for enhet {}, tilfelle fra {}", ref, sm.enhet(), tilfelle.start());
        return new Kvittering(ref, Kvittering.Resultat.NY_SAK);
    }

    private Kvittering forleng(Sak sak, Oppfolgingstilfelle tilfelle, SykmeldingInn sm, String hash, List<Periode> nye) {
        String ref = sak.saksreferanse();
        sykmeldinger.lagre(sm.sykmeldingId(), ref, sm.fnr(), sm.sykmelder(), hash, nye);
        hendelser.registrer(ref, Sakshendelser.SYKMELDING_MOTTATT, sm.sykmeldingId(), null, system.bruker());
        oppdaterNaermesteLeder(sm);
        boolean endret = !tilfelle.start().equals(sak.tilfelleStart())
                || !tilfelle.sisteSykedag().equals(sak.sisteSykedag()) || tilfelle.gradert() != sak.gradert();
        if (!endret) {
            return new Kvittering(ref, Kvittering.Resultat.SAK_UENDRET);
        }
        saker.oppdaterTilfelle(ref, tilfelle.start(), tilfelle.sisteSykedag(), tilfelle.gradert());
        prosess.oppdaterTilfelle(sak.processInstanceId(),
                Saksfrister.beregn(tilfelle.start(), tilfelle.sisteSykedag(), konfig, beregner), tilfelle.gradert());
        hendelser.registrer(ref, Sakshendelser.TILFELLE_ENDRET, null, "Tilfelle " + tilfelle.start() + " – "
                + tilfelle.sisteSykedag() + (tilfelle.gradert() ? ", gradert" : ""), system.bruker());
        return new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT);
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
