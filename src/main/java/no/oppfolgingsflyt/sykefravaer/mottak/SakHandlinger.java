package no.oppfolgingsflyt.sykefravaer.mottak;

import static no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.api.IkkeFunnet;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.api.Tilgangskontroll;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SykmeldingRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.prosess.SykefravaerProsess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can happen to a running case from outside a task: the employer confirms, someone asks for a meeting, the
 * sykmeldt answers, the sick leave ends, a veileder withdraws a vurdering. Each checks its input and the case's
 * state first, so a refused request changes nothing.
 */
@Service
public class SakHandlinger {

    public enum Plikt { OPPFOLGINGSPLAN, DIALOGMOTE1 }

    public enum Bekreftelse { UTARBEIDET, GJENNOMFORT, IKKE_NODVENDIG }

    public enum Part { ARBEIDSGIVER, ARBEIDSTAKER }

    public enum Deltaker { ARBEIDSTAKER, ARBEIDSGIVER, BEHANDLER }

    public enum MoteSvar { KOMMER, NYTT_TID_STED, KOMMER_IKKE }

    /**
     * Steps whose vurdering a veileder can withdraw: the task that opens again, the scope around it, and the
     * variables the step and what followed it inside the scope wrote (the form's fields, and the statuses, dates and
     * flags the process branches on), which a withdrawal clears.
     */
    public enum Steg {
        AKTIVITETSKRAV("Task_VurderAktivitetskrav", "Sub_Aktivitetskrav", List.of("aktivitetskravUtfall",
                "aktivitetskravArsakOppfylt", "aktivitetskravArsakUnntak", "aktivitetskravArsakIkkeAktuell",
                "aktivitetskravArsakAvvent", "aktivitetskravBeskrivelse", AKTIVITETSKRAV_STATUS, "aktivitetskravArsak",
                AVVENT_FRIST, FORHANDSVARSEL_SVARFRIST, "stansUtfall", "stansFom", "stansBegrunnelse")),
        DIALOGMOTE2("Task_VurderDialogmote2", "Sub_Dialogmote2", List.of("dialogmote2Utfall",
                "dialogmote2ArsakUnntak", "dialogmote2ArsakIkkeAktuell", "dialogmote2Beskrivelse",
                "behandlerInviteres", DIALOGMOTE2_STATUS, MOTETIDSPUNKT, "motested", "nyttTidStedOnsketAv",
                "nyttTidStedUtfall", "nyttMotetidspunkt", "nyttMotested", "nyttTidStedBeskrivelse",
                "referatSituasjon", "referatKonklusjon", "referatArbeidstaker", "referatArbeidsgiver", "referatNav",
                "referatBehandler")),
        VIDERE_OPPFOLGING("Task_VurderVidereOppfolging", null, List.of("videreOppfolgingUtfall",
                "videreOppfolgingBeskrivelse"));

        final String oppgave;
        final String omslutter;
        final List<String> nullstill;

        Steg(String oppgave, String omslutter, List<String> nullstill) {
            this.oppgave = oppgave;
            this.omslutter = omslutter;
            this.nullstill = nullstill;
        }
    }

    private final SakRepository saker;
    private final SykmeldingRepository sykmeldinger;
    private final SakshendelseRepository hendelser;
    private final SykefravaerProsess prosess;
    private final Tilgangskontroll tilgang;
    private final Systemkontekst system;

    public SakHandlinger(SakRepository saker, SykmeldingRepository sykmeldinger, SakshendelseRepository hendelser,
            SykefravaerProsess prosess, Tilgangskontroll tilgang, Systemkontekst system) {
        this.saker = saker;
        this.sykmeldinger = sykmeldinger;
        this.hendelser = hendelser;
        this.prosess = prosess;
        this.tilgang = tilgang;
        this.system = system;
    }

    /**
     * The case, when the logged-in user reaches its office. Another office's case is answered exactly as an unknown
     * one, before anything about its state, so its existence does not leak.
     */
    public Sak sak(String saksreferanse) {
        return saker.finn(saksreferanse).filter(s -> tilgang.harTilgangTil(s.enhet()))
                .orElseThrow(() -> new IkkeFunnet("No case " + saksreferanse));
    }

    public Sak aktivSak(String saksreferanse) {
        Sak sak = sak(saksreferanse);
        if (!sak.erAktiv()) {
            throw new Konflikt("Case " + saksreferanse + " is closed (" + sak.avsluttetGrunn() + ")");
        }
        return sak;
    }

    @Transactional
    public void arbeidsgiverBekrefter(String saksreferanse, Plikt plikt, Bekreftelse svar, String begrunnelse) {
        registrerBekreftelse(saksreferanse, plikt, svar, begrunnelse, system.bruker());
    }

    /**
     * The employer's confirmation, from the API or from the link in a reminder (whose token the caller has
     * checked): stops the reminder chain when it still runs; a late confirmation is recorded all the same.
     */
    @Transactional
    public void registrerBekreftelse(String saksreferanse, Plikt plikt, Bekreftelse svar, String begrunnelse,
            String utfortAv) {
        paakrevd("plikt", plikt);
        paakrevd("svar", svar);
        if (plikt == Plikt.OPPFOLGINGSPLAN && svar == Bekreftelse.GJENNOMFORT
                || plikt == Plikt.DIALOGMOTE1 && svar == Bekreftelse.UTARBEIDET) {
            throw new Valideringsfeil("svar", svar + " does not fit plikt " + plikt);
        }
        if (svar == Bekreftelse.IKKE_NODVENDIG) {
            tekst("begrunnelse", begrunnelse, true);
        }
        tekst("begrunnelse", begrunnelse, false);
        Sak sak = aktivSak(saksreferanse);
        if (!sak.harArbeidsgiver()) {
            throw new Konflikt("Case " + saksreferanse + " has no employer");
        }
        String variabel = plikt == Plikt.OPPFOLGINGSPLAN ? OPPFOLGINGSPLAN_BEKREFTELSE : DIALOGMOTE1_BEKREFTELSE;
        String melding = plikt == Plikt.OPPFOLGINGSPLAN ? MELDING_OPPFOLGINGSPLAN_BEKREFTET : MELDING_DIALOGMOTE1_BEKREFTET;
        Map<String, Object> v = Map.of(variabel, svar.name(), variabel + "Dato", Datoer.startAvDag(Datoer.idag()));
        if (!prosess.korreler(saksreferanse, melding, v)) {
            prosess.settVariabler(sak.processInstanceId(), v);
        }
        hendelser.registrer(saksreferanse, Sakshendelser.ARBEIDSGIVER_BEKREFTET, plikt + ":" + svar, begrunnelse,
                utfortAv);
    }

    /** Whether the employer has confirmed the duty already (through the API or a link). */
    public boolean erBekreftet(String saksreferanse, Plikt plikt) {
        Sak sak = sak(saksreferanse);
        String variabel = plikt == Plikt.OPPFOLGINGSPLAN ? OPPFOLGINGSPLAN_BEKREFTELSE : DIALOGMOTE1_BEKREFTELSE;
        return sak.processInstanceId() != null && prosess.variabel(sak.processInstanceId(), variabel) != null;
    }

    @Transactional
    public void motebehov(String saksreferanse, Part fra, String begrunnelse) {
        paakrevd("fra", fra);
        tekst("begrunnelse", begrunnelse, false);
        aktivSak(saksreferanse);
        prosess.korreler(saksreferanse, MELDING_MOTEBEHOV, Map.of(MOTEBEHOV_FRA, fra.name()));
        hendelser.registrer(saksreferanse, Sakshendelser.MOTEBEHOV, fra.name(), begrunnelse, system.bruker());
    }

    @Transactional
    public void svar39Uker(String saksreferanse, Boolean trengerMerOppfolging, String kommentar) {
        paakrevd("trengerMerOppfolging", trengerMerOppfolging);
        tekst("kommentar", kommentar, false);
        aktivSak(saksreferanse);
        if (!prosess.korreler(saksreferanse, MELDING_SVAR_39_UKER, Map.of(TRENGER_MER_OPPFOLGING, trengerMerOppfolging))) {
            throw new Konflikt("Case " + saksreferanse + " is not waiting for an answer to the 39-week letter");
        }
        hendelser.registrer(saksreferanse, Sakshendelser.SVAR_39_UKER, trengerMerOppfolging ? "TRENGER_OPPFOLGING"
                : "TRENGER_IKKE_OPPFOLGING", kommentar, system.bruker());
    }

    @Transactional
    public void dialogmoteSvar(String saksreferanse, Deltaker deltaker, MoteSvar svar, String kommentar) {
        paakrevd("deltaker", deltaker);
        paakrevd("svar", svar);
        tekst("kommentar", kommentar, svar == MoteSvar.NYTT_TID_STED);
        Sak sak = aktivSak(saksreferanse);
        if (!prosess.erAktiv(sak.processInstanceId(), "Gateway_VentPaMotet")) {
            throw new Konflikt("Case " + saksreferanse + " has no dialogmøte called in");
        }
        if (svar == MoteSvar.NYTT_TID_STED) {
            prosess.korreler(saksreferanse, MELDING_NYTT_TID_STED, Map.of("nyttTidStedOnsketAv", deltaker.name()));
        }
        hendelser.registrer(saksreferanse, Sakshendelser.DIALOGMOTE_SVAR, deltaker + ":" + svar, kommentar,
                system.bruker());
    }

    @Transactional
    public void friskmelding(String saksreferanse, LocalDate friskmeldtFom) {
        paakrevd("friskmeldtFom", friskmeldtFom);
        Sak sak = aktivSak(saksreferanse);
        if (friskmeldtFom.isBefore(sak.tilfelleStart())) {
            throw new Valideringsfeil("friskmeldtFom", "must not be before the start of the tilfelle ("
                    + sak.tilfelleStart() + ")");
        }
        if (friskmeldtFom.isAfter(Datoer.idag().plusDays(30))) {
            throw new Valideringsfeil("friskmeldtFom", "is too far in the future");
        }
        hendelser.registrer(saksreferanse, Sakshendelser.FRISKMELDT, friskmeldtFom.toString(), null, system.bruker());
        // The sick leave known now ends the day before; the tilfelle stays open to a sykmelding that continues it
        // until 16 days without sick leave have passed, but the follow-up stops at once.
        sykmeldinger.friskmeld(sak.fnr(), friskmeldtFom);
        LocalDate sisteSykedag = friskmeldtFom.minusDays(1);
        if (sisteSykedag.isBefore(sak.sisteSykedag())) {
            saker.oppdaterTilfelle(saksreferanse, sak.tilfelleStart(),
                    sisteSykedag.isBefore(sak.tilfelleStart()) ? sak.tilfelleStart() : sisteSykedag, sak.gradert());
        }
        prosess.korreler(saksreferanse, MELDING_AVSLUTTET, Map.of(AVSLUTTET_GRUNN, "FRISKMELDT"));
    }

    @Transactional
    public void trekkTilbakeVurdering(String saksreferanse, Steg steg, String begrunnelse) {
        paakrevd("steg", steg);
        tekst("begrunnelse", begrunnelse, true);
        Sak sak = aktivSak(saksreferanse);
        String pid = sak.processInstanceId();
        if (prosess.erAktiv(pid, steg.oppgave)) {
            throw new Konflikt("The step " + steg + " is open: there is no vurdering to withdraw");
        }
        if (!prosess.harFullfort(pid, steg.oppgave)) {
            throw new Konflikt("The step " + steg + " has no vurdering yet");
        }
        // The step's whole state goes back to what it was before the vurdering.
        Map<String, Object> tilstand = new HashMap<>();
        steg.nullstill.forEach(n -> tilstand.put(n, null));
        List<String> startFra = new ArrayList<>(List.of(steg.oppgave));
        if (steg == Steg.AKTIVITETSKRAV) {
            // An avvent moved the task's due date: back to the stoppunkt.
            tilstand.put(FRIST_VURDER_AKTIVITETSKRAV, prosess.variabel(pid, Saksfrister.STOPPUNKT_AKTIVITETSKRAV));
        }
        if (steg == Steg.DIALOGMOTE2) {
            tilstand.put(DIALOGMOTE2_AVKLART, false);
            if (prosess.erAktiv(pid, "Gateway_VentPaMotet") || prosess.erAktiv(pid, "Task_VurderNyttTidSted")) {
                // A meeting is called in and not yet held: those invited are told it is off before the step opens.
                startFra = new ArrayList<>(List.of("Task_SendAvlysning"));
            }
            if (prosess.harFullfort(pid, "End_Dialogmote2IRute")
                    && !prosess.harFullfort(pid, "Task_EskalerDialogmote2")) {
                // Week 26 counted the case as in time on the strength of this vurdering: without it, it is a miss
                // (registered once, however many vurderinger are withdrawn after it).
                startFra.add("Gateway_Dialogmote2Avklart");
            }
        }
        prosess.gjenapne(pid, startFra, steg.omslutter, "Vurdering trukket tilbake: " + begrunnelse, tilstand);
        hendelser.registrer(saksreferanse, Sakshendelser.VURDERING_TRUKKET_TILBAKE, steg.name(), begrunnelse,
                system.bruker());
    }

    private static void paakrevd(String felt, Object verdi) {
        if (verdi == null) {
            throw new Valideringsfeil(felt, "is required");
        }
    }

    private static void tekst(String felt, String verdi, boolean paakrevd) {
        if (paakrevd && (verdi == null || verdi.isBlank())) {
            throw new Valideringsfeil(felt, "is required");
        }
        if (verdi != null && verdi.length() > 2000) {
            throw new Valideringsfeil(felt, "may be at most 2000 characters");
        }
    }
}
