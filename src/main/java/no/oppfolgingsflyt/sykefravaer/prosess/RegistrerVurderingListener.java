package no.oppfolgingsflyt.sykefravaer.prosess;

import static no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.springframework.context.annotation.Lazy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of every veileder task: checks the submitted outcome against the spec (outcomes, reason codes,
 * required descriptions and dates), writes the small status variables the process branches on, and records the
 * vurdering in the case log. A broken rule keeps the task open with a message.
 */
@Component("registrerVurdering")
public class RegistrerVurderingListener implements TaskListener {

    static final Map<String, List<String>> AKTIVITETSKRAV_ARSAKER = Map.of(
            "OPPFYLT", List.of("FRISKMELDT", "GRADERT", "TILTAK"),
            "UNNTAK", List.of("MEDISINSKE_GRUNNER", "TILRETTELEGGING_IKKE_MULIG", "SJOMENN_UTENRIKS"),
            "IKKE_AKTUELL", List.of("INNVILGET_VTA", "MOTTAR_AAP", "ER_DOD", "ANNET"),
            "AVVENT", List.of("OPPFOLGINGSPLAN_ARBEIDSGIVER", "INFORMASJON_BEHANDLER", "INFORMASJON_SYKMELDT",
                    "DROFTES_MED_ROL", "DROFTES_INTERNT", "ANNET"));
    static final List<String> AKTIVITETSKRAV_UTFALL = List.of("OPPFYLT", "UNNTAK", "IKKE_AKTUELL", "AVVENT",
            "FORHANDSVARSEL");
    static final Map<String, List<String>> DIALOGMOTE2_ARSAKER = Map.of(
            "UNNTAK", List.of("MEDISINSKE_GRUNNER", "INNLEGGELSE_INSTITUSJON", "FORVENTET_FRISKMELDING_INNEN_28UKER",
                    "DOKUMENTERT_TILTAK_FRISKMELDING"),
            "IKKE_AKTUELL", List.of("ARBEIDSTAKER_AAP", "ARBEIDSTAKER_DOD", "DIALOGMOTE_AVHOLDT", "FRISKMELDT",
                    "ARBEIDSFORHOLD_OPPHORT"));

    record Vurdering(String steg, String kode, String begrunnelse) {}

    private final SakshendelseRepository hendelser;
    private final FristKonfig frister;
    private final Systemkontekst system;
    private final SakRepository saker;
    private final AapStart aap;

    public RegistrerVurderingListener(SakshendelseRepository hendelser, FristKonfig frister, Systemkontekst system,
            SakRepository saker, @Lazy AapStart aap) {
        this.saker = saker;
        this.aap = aap;
        this.hendelser = hendelser;
        this.frister = frister;
        this.system = system;
    }

    @Override
    public void notify(DelegateTask task) {
        Skjemaverdier s = new Skjemaverdier(task);
        Vurdering v = switch (task.getTaskDefinitionKey()) {
            case "Task_VurderAktivitetskrav" -> aktivitetskrav(task, s);
            case "Task_VurderStans" -> stans(task, s);
            case "Task_VurderDialogmote2" -> dialogmote2(task, s);
            case "Task_VurderNyttTidSted" -> nyttTidSted(task, s);
            case "Task_SkrivReferat" -> referat(task, s);
            case "Task_VurderVidereOppfolging" -> videreOppfolging(task, s);
            case "Task_VurderMotebehov" -> enkel(s, "MOTEBEHOV", "motebehovUtfall",
                    List.of("INNKALL_TIL_DIALOGMOTE", "IKKE_BEHOV", "ANNEN_OPPFOLGING"));
            case "Task_FolgOppUtenArbeidsgiver" -> enkel(s, "UTEN_ARBEIDSGIVER", "utenArbeidsgiverUtfall",
                    List.of("OPPFOLGING_STARTET", "INGEN_TILTAK"));
            case "Task_KontaktArbeidsgiverOppfolgingsplan", "Task_KontaktArbeidsgiverDialogmote1" ->
                    kontaktArbeidsgiver(task, s);
            default -> throw new IllegalStateException("No rules for task " + task.getTaskDefinitionKey());
        };
        String veileder = task.getAssignee() != null ? task.getAssignee() : system.bruker();
        hendelser.registrer(task.getExecution().getProcessBusinessKey(), Sakshendelser.VURDERING,
                v.steg() + ":" + v.kode(), v.begrunnelse(), veileder);
    }

    private Vurdering aktivitetskrav(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("aktivitetskravUtfall", "Utfall", AKTIVITETSKRAV_UTFALL);
        String beskrivelse = s.tekst("aktivitetskravBeskrivelse");
        String kode = utfall;
        if (AKTIVITETSKRAV_ARSAKER.containsKey(utfall)) {
            String arsak = s.valg("aktivitetskravArsak" + pascal(utfall), "Årsak", AKTIVITETSKRAV_ARSAKER.get(utfall));
            task.setVariable("aktivitetskravArsak", arsak);
            kode = utfall + ":" + arsak;
            if (utfall.equals("OPPFYLT") || utfall.equals("AVVENT")) {
                s.paakrevdTekst("aktivitetskravBeskrivelse", "Beskrivelse");
            }
        }
        LocalDate idag = Datoer.idag();
        switch (utfall) {
            case "AVVENT" -> {
                LocalDate frist = s.paakrevdDato(AVVENT_FRIST, "Avvent til");
                if (!frist.isAfter(idag)) {
                    throw new VurderingUgyldig("Avvent til må være en dato etter i dag");
                }
                task.setVariable(AVVENT_FRIST, Datoer.startAvDag(frist));
                task.setVariable(FRIST_VURDER_AKTIVITETSKRAV, Datoer.startAvDag(frist));
            }
            case "FORHANDSVARSEL" -> {
                LocalDate svarfrist = s.dato(FORHANDSVARSEL_SVARFRIST, "Svarfrist");
                if (svarfrist == null) {
                    svarfrist = idag.plusDays(frister.forhandsvarselSvarfristDager());
                }
                long dager = ChronoUnit.DAYS.between(idag, svarfrist);
                if (dager < frister.forhandsvarselMinDager() || dager > frister.forhandsvarselMaksDager()) {
                    throw new VurderingUgyldig("Svarfristen for forhåndsvarselet må være mellom "
                            + frister.forhandsvarselMinDager() + " og " + frister.forhandsvarselMaksDager()
                            + " dager fram i tid, var " + dager);
                }
                task.setVariable(FORHANDSVARSEL_SVARFRIST, Datoer.startAvDag(svarfrist));
            }
            default -> { }
        }
        task.setVariable(AKTIVITETSKRAV_STATUS, utfall);
        return new Vurdering("AKTIVITETSKRAV", kode, beskrivelse);
    }

    private Vurdering stans(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("stansUtfall", "Utfall", List.of("INNSTILLING_OM_STANS", "OPPFYLT", "UNNTAK"));
        if (utfall.equals("INNSTILLING_OM_STANS")) {
            task.setVariable("stansFom", Datoer.startAvDag(s.paakrevdDato("stansFom", "Stans fra og med")));
        }
        task.setVariable(AKTIVITETSKRAV_STATUS, utfall);
        return new Vurdering("AKTIVITETSKRAV", utfall, s.paakrevdTekst("stansBegrunnelse", "Begrunnelse"));
    }

    private Vurdering dialogmote2(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("dialogmote2Utfall", "Utfall", List.of("INNKALL", "UNNTAK", "IKKE_AKTUELL"));
        String beskrivelse = s.tekst("dialogmote2Beskrivelse");
        if (utfall.equals("INNKALL")) {
            innkalling(task, s, MOTETIDSPUNKT, "motested");
            task.setVariable(DIALOGMOTE2_STATUS, "INNKALT");
            return new Vurdering("DIALOGMOTE2", utfall, beskrivelse);
        }
        String arsak = s.valg("dialogmote2Arsak" + pascal(utfall), "Årsak", DIALOGMOTE2_ARSAKER.get(utfall));
        task.setVariable(DIALOGMOTE2_STATUS, utfall);
        task.setVariable(DIALOGMOTE2_AVKLART, true);
        return new Vurdering("DIALOGMOTE2", utfall + ":" + arsak, beskrivelse);
    }

    private Vurdering nyttTidSted(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("nyttTidStedUtfall", "Utfall", List.of("NYTT_TID_STED", "BEHOLD", "AVLYS"));
        switch (utfall) {
            case "NYTT_TID_STED" -> {
                innkalling(task, s, "nyttMotetidspunkt", "nyttMotested");
                task.setVariable(MOTETIDSPUNKT, task.getVariable("nyttMotetidspunkt"));
                task.setVariable("motested", task.getVariable("nyttMotested"));
                task.setVariable(DIALOGMOTE2_STATUS, "NYTT_TID_STED");
            }
            case "AVLYS" -> task.setVariable(DIALOGMOTE2_STATUS, "AVLYST");
            default -> { }
        }
        return new Vurdering("DIALOGMOTE2", utfall, s.tekst("nyttTidStedBeskrivelse"));
    }

    private void innkalling(DelegateTask task, Skjemaverdier s, String tidVariabel, String stedVariabel) {
        LocalDateTime tid = s.paakrevdTidspunkt(tidVariabel, "Møtetidspunkt");
        if (!tid.isAfter(Datoer.naa())) {
            throw new VurderingUgyldig("Møtetidspunktet må være fram i tid");
        }
        s.paakrevdTekst(stedVariabel, "Sted eller videolenke");
        task.setVariable(tidVariabel, Datoer.tidspunkt(tid));
    }

    private Vurdering referat(DelegateTask task, Skjemaverdier s) {
        s.paakrevdTekst("referatSituasjon", "Situasjon");
        String konklusjon = s.paakrevdTekst("referatKonklusjon", "Konklusjon");
        task.setVariable(DIALOGMOTE2_STATUS, "FERDIGSTILT");
        task.setVariable(DIALOGMOTE2_AVKLART, true);
        return new Vurdering("DIALOGMOTE2", "FERDIGSTILT", konklusjon);
    }

    private Vurdering kontaktArbeidsgiver(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("arbeidsgiverKontaktUtfall", "Utfall",
                List.of("ARBEIDSGIVER_KONTAKTET", "BEKREFTET_AV_ARBEIDSGIVER", "IKKE_NODVENDIG"));
        String beskrivelse = utfall.equals("IKKE_NODVENDIG")
                ? s.paakrevdTekst("arbeidsgiverKontaktBeskrivelse", "Begrunnelse")
                : s.tekst("arbeidsgiverKontaktBeskrivelse");
        String steg = task.getTaskDefinitionKey().endsWith("Oppfolgingsplan") ? "OPPFOLGINGSPLAN" : "DIALOGMOTE1";
        return new Vurdering(steg, utfall, beskrivelse);
    }

    /** After the 39-week letter: "start arbeidsevnevurdering" opens the AAP case for the same person and office. */
    private Vurdering videreOppfolging(DelegateTask task, Skjemaverdier s) {
        Vurdering v = enkel(s, "VIDERE_OPPFOLGING", "videreOppfolgingUtfall",
                List.of("INGEN_TILTAK", "START_ARBEIDSEVNEVURDERING", "ANNEN_OPPFOLGING"));
        if (v.kode().equals("START_ARBEIDSEVNEVURDERING")) {
            Sak sak = saker.finn(task.getExecution().getProcessBusinessKey()).orElseThrow();
            try {
                String aev = aap.start(sak.fnr(), sak.enhet(), AapSak.Kilde.SYKEFRAVAER, sak.saksreferanse(),
                        sak.harArbeidsgiver());
                task.setVariable("arbeidsevnevurdering", aev);
            } catch (Konflikt e) {
                throw new VurderingUgyldig("Personen har allerede en åpen arbeidsevnevurdering");
            }
        }
        return v;
    }

    private static Vurdering enkel(Skjemaverdier s, String steg, String variabel, List<String> utfall) {
        String valgt = s.valg(variabel, "Utfall", utfall);
        return new Vurdering(steg, valgt, s.tekst(variabel.replace("Utfall", "Beskrivelse")));
    }

    /** OPPFYLT → Oppfylt, IKKE_AKTUELL → IkkeAktuell: the suffix of the reason field for that outcome in the form. */
    static String pascal(String kode) {
        StringBuilder b = new StringBuilder();
        for (String del : kode.split("_")) {
            b.append(del.charAt(0)).append(del.substring(1).toLowerCase());
        }
        return b.toString();
    }
}
