package no.oppfolgingsflyt.sykefravaer.prosess;

import static no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler.*;

import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.PersonenErDod;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Dialogmote2vurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.KontaktArbeidsgivervurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Motebehovvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Motetid;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.NyttTidStedvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Referat;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Stansvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.UtenArbeidsgivervurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.VidereOppfolgingvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Vurderingskontekst;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * On completion of every veileder task of the sykefravær process. The rules are in
 * {@code sykefravaer.domene.vurdering}; this listener gives them the submitted form and the time and deadlines,
 * writes the small status variables the process branches on, and records the vurdering in the case log as done by
 * the logged-in user. A broken rule keeps the task open with the rule's message.
 */
@Component("registrerVurdering")
public class RegistrerVurderingListener implements TaskListener {

    /** What the case log records: the step, the outcome code and the veileder's text. */
    record Vurdering(String steg, String kode, String begrunnelse) {}

    private final SakshendelseRepository hendelser;
    private final FristKonfig frister;
    private final Systemkontekst system;
    private final SakRepository saker;
    private final AapStart aap;
    private final ApplicationEventPublisher hendelse;

    public RegistrerVurderingListener(SakshendelseRepository hendelser, FristKonfig frister, Systemkontekst system,
            SakRepository saker, @Lazy AapStart aap, ApplicationEventPublisher hendelse) {
        this.hendelse = hendelse;
        this.saker = saker;
        this.aap = aap;
        this.hendelser = hendelser;
        this.frister = frister;
        this.system = system;
    }

    @Override
    public void notify(DelegateTask task) {
        Innsendt skjema = new Innsendt(task::getVariable);
        Vurderingskontekst kontekst = new Vurderingskontekst(Datoer.naa(), frister.forhandsvarselSvarfristDager(),
                frister.forhandsvarselMinDager(), frister.forhandsvarselMaksDager());
        Vurdering v = switch (task.getTaskDefinitionKey()) {
            case "Task_VurderAktivitetskrav" -> aktivitetskrav(task, skjema, kontekst);
            case "Task_VurderStans" -> stans(task, skjema);
            case "Task_VurderDialogmote2" -> dialogmote2(task, skjema, kontekst);
            case "Task_VurderNyttTidSted" -> nyttTidSted(task, skjema, kontekst);
            case "Task_SkrivReferat" -> referat(task, skjema);
            case "Task_VurderVidereOppfolging" -> videreOppfolging(task, skjema);
            case "Task_VurderMotebehov" -> {
                Motebehovvurdering m = Motebehovvurdering.vurder(skjema);
                yield new Vurdering("MOTEBEHOV", m.utfall().name(), m.begrunnelse());
            }
            case "Task_FolgOppUtenArbeidsgiver" -> {
                UtenArbeidsgivervurdering u = UtenArbeidsgivervurdering.vurder(skjema);
                yield new Vurdering("UTEN_ARBEIDSGIVER", u.utfall().name(), u.begrunnelse());
            }
            case "Task_KontaktArbeidsgiverOppfolgingsplan", "Task_KontaktArbeidsgiverDialogmote1" -> {
                KontaktArbeidsgivervurdering k = KontaktArbeidsgivervurdering.vurder(skjema);
                String steg = task.getTaskDefinitionKey().endsWith("Oppfolgingsplan") ? "OPPFOLGINGSPLAN"
                        : "DIALOGMOTE1";
                yield new Vurdering(steg, k.utfall().name(), k.begrunnelse());
            }
            default -> throw new IllegalStateException("No rules for task " + task.getTaskDefinitionKey());
        };
        String ref = task.getExecution().getProcessBusinessKey();
        hendelser.registrer(ref, Sakshendelser.VURDERING, v.steg() + ":" + v.kode(), v.begrunnelse(),
                system.utforer(task.getAssignee()));
        if (v.kode().endsWith(":ER_DOD") || v.kode().endsWith(":ARBEIDSTAKER_DOD")) {
            saker.finn(ref).ifPresent(sak -> hendelse.publishEvent(new PersonenErDod(sak.fnr(), Datoer.idag())));
        }
    }

    private static Vurdering aktivitetskrav(DelegateTask task, Innsendt skjema, Vurderingskontekst kontekst) {
        Aktivitetskravvurdering v = Aktivitetskravvurdering.vurder(skjema, kontekst);
        if (v.arsak() != null) {
            task.setVariable("aktivitetskravArsak", v.arsak().name());
        }
        if (v instanceof Aktivitetskravvurdering.Avvent a) {
            task.setVariable(AVVENT_FRIST, Datoer.startAvDag(a.frist()));
            task.setVariable(FRIST_VURDER_AKTIVITETSKRAV, Datoer.startAvDag(a.frist()));
        } else if (v instanceof Aktivitetskravvurdering.Forhandsvarsel f) {
            task.setVariable(FORHANDSVARSEL_SVARFRIST, Datoer.startAvDag(f.svarfrist()));
        }
        task.setVariable(AKTIVITETSKRAV_STATUS, v.utfall().name());
        return new Vurdering("AKTIVITETSKRAV", v.kode(), v.beskrivelse());
    }

    private static Vurdering stans(DelegateTask task, Innsendt skjema) {
        Stansvurdering v = Stansvurdering.vurder(skjema);
        if (v.stansFom() != null) {
            task.setVariable("stansFom", Datoer.startAvDag(v.stansFom()));
        }
        task.setVariable(AKTIVITETSKRAV_STATUS, v.utfall().name());
        return new Vurdering("AKTIVITETSKRAV", v.utfall().name(), v.begrunnelse());
    }

    private static Vurdering dialogmote2(DelegateTask task, Innsendt skjema, Vurderingskontekst kontekst) {
        Dialogmote2vurdering v = Dialogmote2vurdering.vurder(skjema, kontekst);
        if (v instanceof Dialogmote2vurdering.Innkall innkall) {
            task.setVariable(MOTETIDSPUNKT, Datoer.tidspunkt(innkall.mote().tidspunkt()));
            task.setVariable(DIALOGMOTE2_STATUS, "INNKALT");
        } else {
            task.setVariable(DIALOGMOTE2_STATUS, v.utfall().name());
            task.setVariable(DIALOGMOTE2_AVKLART, true);
        }
        return new Vurdering("DIALOGMOTE2", v.kode(), v.kommentar());
    }

    private static Vurdering nyttTidSted(DelegateTask task, Innsendt skjema, Vurderingskontekst kontekst) {
        NyttTidStedvurdering v = NyttTidStedvurdering.vurder(skjema, kontekst);
        switch (v.utfall()) {
            case NYTT_TID_STED -> {
                Motetid mote = v.nyttMote();
                task.setVariable("nyttMotetidspunkt", Datoer.tidspunkt(mote.tidspunkt()));
                task.setVariable(MOTETIDSPUNKT, Datoer.tidspunkt(mote.tidspunkt()));
                task.setVariable("motested", mote.sted());
                task.setVariable(DIALOGMOTE2_STATUS, "NYTT_TID_STED");
            }
            case AVLYS -> task.setVariable(DIALOGMOTE2_STATUS, "AVLYST");
            case BEHOLD -> { }
        }
        return new Vurdering("DIALOGMOTE2", v.utfall().name(), v.kommentar());
    }

    private static Vurdering referat(DelegateTask task, Innsendt skjema) {
        Referat r = Referat.vurder(skjema);
        task.setVariable(DIALOGMOTE2_STATUS, "FERDIGSTILT");
        task.setVariable(DIALOGMOTE2_AVKLART, true);
        return new Vurdering("DIALOGMOTE2", "FERDIGSTILT", r.konklusjon());
    }

    /** After the 39-week letter: "start arbeidsevnevurdering" opens the AAP case for the same person and office. */
    private Vurdering videreOppfolging(DelegateTask task, Innsendt skjema) {
        VidereOppfolgingvurdering v = VidereOppfolgingvurdering.vurder(skjema);
        if (v.utfall() == VidereOppfolgingvurdering.Utfall.START_ARBEIDSEVNEVURDERING) {
            Sak sak = saker.finn(task.getExecution().getProcessBusinessKey()).orElseThrow();
            try {
                String aev = aap.start(sak.fnr(), sak.enhet(), AapSak.Kilde.SYKEFRAVAER, sak.saksreferanse(),
                        sak.harArbeidsgiver());
                task.setVariable("arbeidsevnevurdering", aev);
            } catch (Konflikt e) {
                throw new VurderingUgyldig("Personen har allerede en åpen arbeidsevnevurdering");
            }
        }
        return new Vurdering("VIDERE_OPPFOLGING", v.utfall().name(), v.begrunnelse());
    }
}
