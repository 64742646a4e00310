package no.oppfolgingsflyt.varsel;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.TestPostkasse;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Varsler delivered through a real SMTP server (GreenMail): content, privacy, links, retries, windows. */
@AppTest
class VarselUtsendingTest {

    static final List<String> HELSEORD = List.of("diagnose", "sykdom", "helseopplysning", "lege", "behandler");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    TestPostkasse postkasse;
    @Autowired
    VarselBestilling bestilling;
    @Autowired
    VarselRepository varsler;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    Bekreftelseslenker lenker;
    @Autowired
    TestRestTemplate http;

    String ref;
    String pid;
    String fnr;

    @BeforeEach
    void init() throws Exception {
        postkasse.startIgjen();
        postkasse.tom();
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
    }

    @AfterEach
    void reset() {
        postkasse.startIgjen();
        ClockUtil.reset();
    }

    void nySak() {
        fnr = Testdata.fnr();
        ref = forlop.motta(sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true)).saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        mottakere.settKontaktinfo(fnr, "sykmeldt@example.org");
    }

    List<MimeMessage> til(String adresse) throws Exception {
        List<MimeMessage> ut = new ArrayList<>();
        for (MimeMessage m : postkasse.mottatt()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(adresse))) {
                ut.add(m);
            }
        }
        return ut;
    }

    static String tekst(MimeMessage m) throws Exception {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
    }

    /** The plain-text part of the e-mail, decoded. */
    static String klartekst(jakarta.mail.Part del) throws Exception {
        if (del.isMimeType("text/plain")) {
            return (String) del.getContent();
        }
        if (del.getContent() instanceof jakarta.mail.Multipart flere) {
            for (int i = 0; i < flere.getCount(); i++) {
                String t = klartekst(flere.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    static String lenke(MimeMessage m) throws Exception {
        Matcher x = Pattern.compile("http://localhost:8080(/bekreft/[A-Za-z0-9_-]{43})").matcher(tekst(m));
        assertThat(x.find()).as("the e-mail has a confirmation link").isTrue();
        return x.group(1);
    }

    @Test
    void hverVarseltypeSendesEnGangTilRiktigMottaker() throws Exception {
        nySak();
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        Map<String, Object> mote = Map.of("motetidspunkt", Datoer.tidspunkt(LocalDateTime.parse("2025-05-20T10:00")),
                "motested", "NAV Grünerløkka", "innsatsgruppe", "SPESIELT_TILPASSET_INNSATS", "hovedmal",
                "SKAFFE_ARBEID", "aapUtfall", "INNVILGET", "periodeSlutt",
                Datoer.startAvDag(LocalDate.parse("2028-10-19")));
        for (VarselType type : VarselType.values()) {
            bestilling.bestill(ref, type, LocalDate.parse("2025-02-02"), "test", true, mote);
            bestilling.bestill(ref, type, LocalDate.parse("2025-02-02"), "test", true, mote); // asked twice
        }
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-08T10:00"));

        for (VarselType type : VarselType.values()) {
            for (VarselType.Mottaker mottaker : type.mottakere()) {
                String adresse = mottaker == VarselType.Mottaker.SYKMELDT ? "sykmeldt@example.org" : "leder@example.org";
                List<MimeMessage> mottatt = new ArrayList<>();
                for (MimeMessage m : til(adresse)) {
                    if (m.getHeader("Message-ID")[0].contains("varsel-" + varselId(type, mottaker) + ".")) {
                        mottatt.add(m);
                    }
                }
                assertThat(mottatt).as(type + " til " + mottaker).hasSize(1);
                MimeMessage m = mottatt.get(0);
                assertThat(m.getSubject()).isNotBlank();
                String innhold = tekst(m);
                assertThat(innhold).contains(ref);
                if (mottaker == VarselType.Mottaker.NAERMESTE_LEDER) {
                    assertThat(innhold).doesNotContain(fnr);
                    HELSEORD.forEach(ord -> assertThat(innhold.toLowerCase()).as(type + ": " + ord).doesNotContain(ord));
                }
                if (type.plikt() != null) {
                    assertThat(innhold).contains("/bekreft/").contains("2. februar 2025");
                }
            }
        }
        assertThat(varsler.forSak(ref)).allMatch(v -> v.status() == VarselRepository.Status.SENDT
                && v.sendtTid() != null);
        assertThat(postkasse.mottatt()).hasSize(Arrays.stream(VarselType.values()).mapToInt(t -> t.mottakere().size())
                .sum());
    }

    long varselId(VarselType type, VarselType.Mottaker mottaker) {
        return varsler.forSak(ref).stream().filter(v -> v.type() == type && v.mottaker() == mottaker).findFirst()
                .orElseThrow().id();
    }

    @Test
    void sykmeldingSomKommerEtterFristen_enMeldingOmAtFristenErPassert() throws Exception {
        // Delivered 38 days into the sick leave: the oppfølgingsplan was due 2025-02-02, its reminder 2025-01-26 and
        // the purring 2025-02-03 have gone by.
        Saksforlop.idag(LocalDate.parse("2025-02-13"));
        fnr = Testdata.fnr();
        ref = forlop.motta(sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true)).saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-02-13T10:00"));

        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_FRIST_PASSERT:NAERMESTE_LEDER");
        MimeMessage m = til("leder@example.org").get(0);
        assertThat(til("leder@example.org")).hasSize(1);
        assertThat(m.getSubject()).isEqualTo("Oppfølgingsplanen skulle vært laget innen 2. februar 2025");
        String innhold = klartekst(m);
        assertThat(innhold).contains("fristen for oppfølgingsplanen er allerede", "passert", ref, "/bekreft/")
                .doesNotContain("må være klar innen").doesNotContain(fnr).doesNotContain("Nora");
        HELSEORD.forEach(ord -> assertThat(innhold.toLowerCase()).doesNotContain(ord));
        // Dialogmøte 1 (due 2025-02-23) is still ahead: its reminder comes as usual, a week before.
        forlop.kjorTil(pid, LocalDateTime.parse("2025-02-17T10:00"));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_FRIST_PASSERT:NAERMESTE_LEDER",
                "DIALOGMOTE1_PAMINNELSE:NAERMESTE_LEDER");
    }

    @Test
    void paminnelseISondagsnattGaarMandagMorgen() throws Exception {
        nySak();
        // The oppfølgingsplan reminder falls due Sunday 2025-01-26 at 00:00.
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-26T23:00"));
        assertThat(varsler.forSak(ref)).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VarselRepository.Status.PLANLAGT);
            assertThat(v.planlagtTid()).isEqualTo("2025-01-27T08:00");
        });
        assertThat(postkasse.mottatt()).isEmpty();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T07:59"));
        assertThat(postkasse.mottatt()).isEmpty();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T08:00"));
        assertThat(til("leder@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Oppfølgingsplan"));
    }

    @Test
    void bekreftelseViaLenkenStopperPurringOgOppgave() throws Exception {
        nySak();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:00"));
        String sti = lenke(til("leder@example.org").get(0));

        ResponseEntity<String> side = http.getForEntity(sti, String.class);
        assertThat(side.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(side.getBody()).contains("Oppfølgingsplanen er utarbeidet").doesNotContain(fnr);

        ResponseEntity<String> svar = post(sti, "UTARBEIDET", null);
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(svar.getBody()).contains("registrert");
        assertThat(engine.getRuntimeService().getVariable(pid, "oppfolgingsplanBekreftelse")).isEqualTo("UTARBEIDET");

        forlop.kjorTil(pid, LocalDateTime.parse("2025-02-12T09:00"));
        assertThat(til("leder@example.org")).extracting(MimeMessage::getSubject)
                .noneMatch(s -> s.contains("Fristen for oppfølgingsplanen"));
        assertThat(forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNull();

        // Used again: a clear page, and nothing changes.
        ResponseEntity<String> igjen = post(sti, "IKKE_NODVENDIG", "Likevel");
        assertThat(igjen.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(engine.getRuntimeService().getVariable(pid, "oppfolgingsplanBekreftelse")).isEqualTo("UTARBEIDET");
    }

    @Test
    void ikkeNodvendigKreverBegrunnelsePaaSiden() throws Exception {
        nySak();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:00"));
        String sti = lenke(til("leder@example.org").get(0));
        ResponseEntity<String> uten = post(sti, "IKKE_NODVENDIG", " ");
        assertThat(uten.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(uten.getBody()).contains("begrunnelse");
        assertThat(engine.getRuntimeService().getVariable(pid, "oppfolgingsplanBekreftelse")).isNull();
        assertThat(post(sti, "IKKE_NODVENDIG", "Kort fravær, tilbake i full jobb").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(engine.getRuntimeService().getVariable(pid, "oppfolgingsplanBekreftelse")).isEqualTo("IKKE_NODVENDIG");
    }

    @Test
    void forfalsketOgUtloptLenkeEndrerIngenting() {
        nySak();
        assertThat(http.getForEntity("/bekreft/" + "A".repeat(43), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/bekreft/ikke-en-token", "UTARBEIDET", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String utlopt = lenker.lag(ref, "OPPFOLGINGSPLAN", LocalDateTime.parse("2025-01-08T00:00"));
        ResponseEntity<String> side = http.getForEntity("/bekreft/" + utlopt, String.class);
        assertThat(side.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(side.getBody()).contains("utløpt");
        assertThat(post("/bekreft/" + utlopt, "UTARBEIDET", null).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(engine.getRuntimeService().getVariable(pid, "oppfolgingsplanBekreftelse")).isNull();
        assertThat(forlop.forfall(pid, "Timer_PaminnelseOppfolgingsplan")).isNotNull();
    }

    @Test
    void smtpNedeGirNyeForsokMedOkendePauseSaaHendelseOgSendesEnGangEtterpaa() throws Exception {
        nySak();
        postkasse.stopp();
        forlop.kjorTilMedFeilendeJobber(pid, LocalDateTime.parse("2025-01-27T09:00"));
        String utsending = forlop.instanserISaken(pid).get(1);
        Job job = engine.getManagementService().createJobQuery().processInstanceId(utsending).singleResult();
        assertThat(job.getRetries()).isLessThan(6);
        assertThat(job.getDuedate()).isAfter(Datoer.tidspunkt(LocalDateTime.parse("2025-01-27T09:00")));
        assertThat(varsler.forSak(ref).get(0).status()).isEqualTo(VarselRepository.Status.FEILET);

        List<Long> pauser = new ArrayList<>();
        long forrige = job.getDuedate().getTime();
        pauser.add(forrige - Datoer.tidspunkt(LocalDateTime.parse("2025-01-27T09:00")).getTime());
        LocalDateTime klokke = LocalDateTime.parse("2025-01-27T09:00");
        while (job.getRetries() > 0) {
            klokke = LocalDateTime.ofInstant(job.getDuedate().toInstant(), Datoer.NORGE).plusSeconds(1);
            forlop.kjorTilMedFeilendeJobber(pid, klokke);
            job = engine.getManagementService().createJobQuery().processInstanceId(utsending).singleResult();
            if (job.getRetries() > 0) {
                pauser.add(job.getDuedate().getTime() - Datoer.tidspunkt(klokke).getTime());
            }
        }
        assertThat(pauser).as("back-off: every wait longer than the one before").isSortedAccordingTo(Long::compare)
                .doesNotHaveDuplicates();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(utsending).count())
                .isEqualTo(1);
        assertThat(varsler.forSak(ref).get(0).forsok()).isGreaterThanOrEqualTo(5);

        postkasse.startIgjen();
        engine.getManagementService().setJobRetries(job.getId(), 1); // "Retry" on the incident in Cockpit
        forlop.kjorTil(pid, klokke.plusDays(1));
        assertThat(til("leder@example.org")).hasSize(1);
        assertThat(varsler.forSak(ref).get(0).status()).isEqualTo(VarselRepository.Status.SENDT);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(utsending).count()).isZero();
    }

    @Test
    void sammeJobbKjortToGangerSenderEnEpost() throws Exception {
        nySak();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:00"));
        assertThat(til("leder@example.org")).hasSize(1);
        VarselRepository.Varsel v = varsler.forSak(ref).get(0);
        // The delivery of the same varsel runs again (a job re-executed after a crash, or by a second node).
        engine.getRuntimeService().createProcessInstanceByKey(VarselBestilling.UTSENDING).businessKey(ref)
                .setVariables(Map.of(VarselBestilling.VARSEL_ID, v.id(), VarselBestilling.PLANLAGT_TID,
                        Datoer.tidspunkt(LocalDateTime.parse("2025-01-27T09:00")), "varselType", v.type().name()))
                .startBeforeActivity("Task_SendEpost").execute();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:30"));
        assertThat(til("leder@example.org")).hasSize(1);
        assertThat(varsler.forSak(ref).get(0).status()).isEqualTo(VarselRepository.Status.SENDT);
    }

    @Test
    void nyNaermesteLederFaarNestePaminnelse() throws Exception {
        nySak();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:00"));
        assertThat(til("leder@example.org")).hasSize(1);
        var ny = sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true);
        forlop.motta(new no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn(ny.sykmeldingId(), fnr,
                List.of(new no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn.PeriodeInn(
                        LocalDate.parse("2025-01-27"), LocalDate.parse("2025-12-31"), 100)),
                ny.orgnummer(), new no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn.NaermesteLederInn(
                        "Ny Leder", "ny.leder@example.org"), ny.sykmelder(), ny.enhet()));
        forlop.kjorTil(pid, LocalDateTime.parse("2025-02-03T09:00"));
        assertThat(til("ny.leder@example.org")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("Fristen for oppfølgingsplanen er passert"));
        assertThat(til("leder@example.org")).hasSize(1);
    }

    @Test
    void utenNaermesteLederGaarPaminnelsenTilArbeidsgiverensAdresse() throws Exception {
        fnr = Testdata.fnr();
        var sm = sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true);
        ref = forlop.motta(new no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn(sm.sykmeldingId(), fnr,
                sm.perioder(), sm.orgnummer(), null, sm.sykmelder(), sm.enhet())).saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        mottakere.settArbeidsgiver(Testdata.ORGNR, "NAV", "post@arbeidsgiver.example.org");
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-27T09:00"));
        assertThat(til("post@arbeidsgiver.example.org")).hasSize(1);
    }

    @Test
    void friskmeldingForSendevinduetStopperVarselet() throws Exception {
        nySak();
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-26T12:00")); // Sunday: planned for Monday 08:00
        forlop.somMottak(() -> handlinger.friskmelding(ref, LocalDate.parse("2025-01-26")));
        forlop.kjorTil(pid, LocalDateTime.parse("2025-01-28T12:00"));
        assertThat(postkasse.mottatt()).isEmpty();
        assertThat(varsler.forSak(ref)).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VarselRepository.Status.STOPPET));
        assertThat(forlop.sak(ref).status()).isEqualTo(Sak.Status.AVSLUTTET);
    }

    @Autowired
    no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger handlinger;

    ResponseEntity<String> post(String sti, String svar, String begrunnelse) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> skjema = new LinkedMultiValueMap<>();
        skjema.add("svar", svar);
        if (begrunnelse != null) {
            skjema.add("begrunnelse", begrunnelse);
        }
        return http.postForEntity(sti, new HttpEntity<>(skjema, h), String.class);
    }
}
