package no.oppfolgingsflyt.sikkerhet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import no.oppfolgingsflyt.aap.AapController;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.PostgresAppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sikkerhet.Motorklient.Kanal;
import no.oppfolgingsflyt.sikkerhet.Motorklient.Svar;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One regression test per finding of the integrity review, through the engine REST API and the webapps' API. */
@ExtendWith(OutputCaptureExtension.class)
@PostgresAppTest
class IntegritetTest {

    static final List<String> VEILEDER = List.of("enhet0301");
    static final List<String> TEAMLEDER = List.of("enhet0301", "teamleder0301");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    AapStart aapStart;
    @Autowired
    AapSakRepository aapSaker;
    @Autowired
    AapController aapApi;
    @Autowired
    MottakerRepository mottakere;

    @AfterEach
    void klokke() {
        ClockUtil.reset();
    }

    Motorklient som(String bruker, Kanal kanal) {
        return new Motorklient(port, engine.getName(), bruker, kanal);
    }

    /** A 100 % case at 0301, run to today: {@code dagerSyk} days into the sick leave. */
    String sak(int dagerSyk) {
        Saksforlop.idag(LocalDate.now().minusDays(dagerSyk));
        var sm = Saksforlop.sykmelding(Testdata.fnr(), LocalDate.now().minusDays(dagerSyk).toString(),
                LocalDate.now().plusDays(60).toString(), 100, true);
        String ref = forlop.motta(new SykmeldingInn(sm.sykmeldingId(), sm.fnr(), sm.perioder(), sm.orgnummer(),
                sm.naermesteLeder(), sm.sykmelder(), "0301")).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.now());
        ClockUtil.reset();
        return pid;
    }

    String json(String... navnOgVerdi) {
        StringBuilder b = new StringBuilder("{\"variables\":{");
        for (int i = 0; i < navnOgVerdi.length; i += 2) {
            String v = navnOgVerdi[i + 1];
            String verdi = v.equals("true") || v.equals("false") || v.matches("\\d+") ? v : "\"" + v + "\"";
            b.append(i == 0 ? "" : ",").append("\"").append(navnOgVerdi[i]).append("\":{\"value\":").append(verdi)
                    .append("}");
        }
        return b.append("}}").toString();
    }

    /** Finding 1: a refused job execution costs the job nothing: retries and due date stay, the timer does not fire. */
    @Test
    void enAvvistJobbkjoringEndrerIkkeJobben() {
        String pid = sak(45);
        List<Job> timere = engine.getManagementService().createJobQuery().processInstanceId(pid).timers().list();
        for (String bruker : List.of("mottak", "veileder4601", "veileder0301", "prosesseier")) {
            for (Kanal kanal : Kanal.values()) {
                Motorklient k = som(bruker, kanal);
                for (Job j : timere) {
                    for (int i = 0; i < 6; i++) {
                        assertThat(k.motor("POST", "job/" + j.getId() + "/execute", null).status()).isEqualTo(403);
                    }
                }
            }
        }
        for (Job j : timere) {
            Job etter = engine.getManagementService().createJobQuery().jobId(j.getId()).singleResult();
            assertThat(etter.getRetries()).isEqualTo(j.getRetries());
            assertThat(etter.getDuedate()).isEqualTo(j.getDuedate());
            assertThat(etter.getExceptionMessage()).isNull();
        }
    }

    /** Finding 2: completing a task carries only its form's fields; an extra variable is named and nothing is written. */
    @Test
    void fullforingBaererBareSkjemaetsFelter() {
        String pid = sak(45);
        Task t = forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan");
        for (Kanal kanal : Kanal.values()) {
            Motorklient v = som("veileder0301", kanal);
            Svar svar = v.motor("POST", "task/" + t.getId() + "/complete", json("arbeidsgiverKontaktUtfall",
                    "ARBEIDSGIVER_KONTAKTET", "enhet", "4601"));
            assertThat(svar.status()).isEqualTo(400);
            assertThat(svar.type()).startsWith("application/problem+json");
            assertThat(svar.kropp()).contains("«enhet»").doesNotContain("ENGINE-");
            assertThat(v.motor("POST", "task/" + t.getId() + "/variables",
                    "{\"modifications\":{\"enhet\":{\"value\":\"4601\"}}}").status()).isEqualTo(403);
        }
        assertThat(engine.getRuntimeService().getVariable(pid, "enhet")).isEqualTo("0301");
        assertThat(forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNotNull();
        // The form's own fields pass, and the step is taken.
        Motorklient v = som("veileder0301", Kanal.WEBAPP);
        assertThat(v.motor("POST", "task/" + t.getId() + "/claim", "{\"userId\":\"veileder0301\"}").status())
                .isEqualTo(204);
        assertThat(v.motor("POST", "task/" + t.getId() + "/submit-form", json("arbeidsgiverKontaktUtfall",
                "ARBEIDSGIVER_KONTAKTET", "arbeidsgiverKontaktBeskrivelse", "Ringt")).status()).isEqualTo(204);
        assertThat(forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNull();
    }

    /**
     * Finding 3: four eyes and the AAP conditions cannot be bypassed by sending the decision maker or the
     * condition result: the fields are refused, and the rules answer 400 with their Norwegian message.
     */
    @Test
    void fireOyneOgVilkarKanIkkeOmgas() {
        String fnr = Testdata.fnr();
        mottakere.settKontaktinfo(fnr, "person@example.org");
        Saksforlop.idag(LocalDate.now());
        String ref = aapStart.start(fnr, "0301", AapSak.Kilde.VEILEDER, null, true);
        String pid = aapSaker.finn(ref).orElseThrow().processInstanceId();
        ClockUtil.reset();
        Motorklient teamleder = som("teamleder0301", Kanal.WEBAPP);
        Motorklient veileder = som("veileder0301", Kanal.REST);
        utfor(veileder, pid, "Task_Behovsvurdering", json("behovsvurderingUtfall", "BEHOV_FOR_ARBEIDSEVNEVURDERING",
                "behovsvurderingBegrunnelse", "Samtale"));
        forlop.somMottak(() -> {
            aapApi.egenvurdering(ref);
            aapApi.legeerklaering(ref);
        });
        // The team lead assesses (30 % reduction: the AAP conditions are not met) ...
        utfor(teamleder, pid, "Task_Arbeidsevnevurdering", json("nedsattArbeidsevne", "true",
                "arbeidsevneReduksjon", "30", "varigNedsatt", "false", "sykdomHovedarsak", "true",
                "behovEtterParagraf116", "true", "arbeidsevneBegrunnelse", "Vurdert"));
        // ... and may neither claim the kvalitetssikring nor pass it off as someone else's assessment.
        String kvs = forlop.oppgave(pid, "Task_Kvalitetssikre").getId();
        Svar claim = teamleder.motor("POST", "task/" + kvs + "/claim", "{\"userId\":\"teamleder0301\"}");
        assertThat(claim.status()).isEqualTo(400);
        assertThat(claim.kropp()).contains("Fire øyne").doesNotContain("ENGINE-");
        Svar utgitt = teamleder.motor("POST", "task/" + kvs + "/complete", json("kvalitetssikringUtfall", "GODKJENT",
                "arbeidsevneVurdertAv", "veileder0301"));
        assertThat(utgitt.status()).isEqualTo(400);
        assertThat(utgitt.kropp()).contains("«arbeidsevneVurdertAv»");
        assertThat(forlop.oppgave(pid, "Task_Kvalitetssikre").getAssignee()).isNull();
        utfor(veileder, pid, "Task_Kvalitetssikre", json("kvalitetssikringUtfall", "GODKJENT"));

        // The saksbehandler cannot declare the conditions met, nor grant AAP the vilkår table refused.
        Motorklient nay = som("saksbehandler", Kanal.REST);
        String vedtak = forlop.oppgave(pid, "Task_AapVedtak").getId();
        assertThat(nay.motor("POST", "task/" + vedtak + "/claim", "{\"userId\":\"saksbehandler\"}").status())
                .isEqualTo(204);
        Svar medVilkar = nay.motor("POST", "task/" + vedtak + "/complete", json("aapVedtakUtfall", "INNVILGET",
                "aapVedtakBegrunnelse", "Ok", "vilkarOppfylt", "true", "aapVedtakFattetAv", "beslutter"));
        assertThat(medVilkar.status()).isEqualTo(400);
        assertThat(medVilkar.kropp()).contains("«vilkarOppfylt»");
        Svar innvilget = nay.motor("POST", "task/" + vedtak + "/complete", json("aapVedtakUtfall", "INNVILGET",
                "aapVedtakBegrunnelse", "Ok"));
        assertThat(innvilget.status()).isEqualTo(400);
        assertThat(innvilget.kropp()).contains("AAP kan ikke innvilges").doesNotContain("ENGINE-");
        assertThat(forlop.oppgave(pid, "Task_AapVedtak")).isNotNull();
    }

    void utfor(Motorklient k, String pid, String oppgave, String skjema) {
        String id = forlop.oppgave(pid, oppgave).getId();
        assertThat(k.motor("POST", "task/" + id + "/claim", "{\"userId\":\"" + brukerAv(k) + "\"}").status())
                .as("claim " + oppgave).isEqualTo(204);
        Svar s = k.motor("POST", "task/" + id + "/complete", skjema);
        assertThat(s.status()).as(oppgave + ": " + s.kropp()).isEqualTo(204);
    }

    private static String brukerAv(Motorklient k) {
        return k.bruker();
    }

    /**
     * Finding 4: candidates work a task, they do not reshape it. The engine itself refuses (TASK_WORK), and the
     * team lead reassigns within the office only.
     */
    @Test
    void kandidaterArbeiderMedOppgavenMenEndrerDenIkke() {
        String pid = sak(45);
        Task t = forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan");
        engine.getIdentityService().setAuthentication("veileder0301", VEILEDER);
        try {
            assertThatThrownBy(() -> engine.getTaskService().setPriority(t.getId(), 1))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getTaskService().addCandidateGroup(t.getId(), "enhet4601"))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getTaskService().setAssignee(t.getId(), "veileder4601"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Date frist = t.getDueDate();
        Motorklient v = som("veileder0301", Kanal.WEBAPP);
        assertThat(v.motor("PUT", "task/" + t.getId(), "{\"name\":\"x\",\"due\":null,\"priority\":1}").status())
                .isEqualTo(403);
        assertThat(v.motor("POST", "task/" + t.getId() + "/assignee", "{\"userId\":\"teamleder0301\"}").status())
                .isEqualTo(403);
        // Claim for oneself and give back: fine.
        assertThat(v.motor("POST", "task/" + t.getId() + "/assignee", "{\"userId\":\"veileder0301\"}").status())
                .isEqualTo(204);
        assertThat(v.motor("POST", "task/" + t.getId() + "/unclaim", null).status()).isEqualTo(204);
        // The team lead gives it to a veileder of the office, not to another office.
        Motorklient tl = som("teamleder0301", Kanal.WEBAPP);
        assertThat(tl.motor("POST", "task/" + t.getId() + "/assignee", "{\"userId\":\"veileder4601\"}").status())
                .isEqualTo(403);
        assertThat(tl.motor("POST", "task/" + t.getId() + "/assignee", "{\"userId\":\"veileder0301\"}").status())
                .isEqualTo(204);
        Task etter = engine.getTaskService().createTaskQuery().taskId(t.getId()).singleResult();
        assertThat(etter.getAssignee()).isEqualTo("veileder0301");
        assertThat(etter.getDueDate()).isEqualTo(frist);
        assertThat(etter.getPriority()).isEqualTo(t.getPriority());
        assertThat(engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                .map(IdentityLink::getGroupId)).doesNotContain("enhet4601");
        // Who did what is in the user operation log under their own names.
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(t.getId()).list().stream()
                .map(o -> o.getUserId()).distinct()).contains("veileder0301", "teamleder0301");
    }

    /** Finding 5: the process owner reads, and writes nothing, not even a comment. */
    @Test
    void prosesseierenSkriverIngenting() {
        String pid = sak(45);
        Task t = forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan");
        for (Kanal kanal : Kanal.values()) {
            Motorklient p = som("prosesseier", kanal);
            assertThat(p.motor("POST", "task/" + t.getId() + "/comment/create", "{\"message\":\"x\"}").status())
                    .isEqualTo(403);
            assertThat(p.motor("GET", "process-instance/" + pid, null).status()).isEqualTo(200);
            assertThat(p.motor("POST", "process-instance", "{\"processInstanceIds\":[\"" + pid + "\"]}").status())
                    .isEqualTo(200);
        }
        assertThat(engine.getTaskService().getTaskComments(t.getId())).isEmpty();
    }

    /**
     * Finding 7: a broken rule is the user's error: 400 with the Norwegian message alone in both APIs, no stack
     * trace and nothing typed in the log; refused calls and failed logins are one line each.
     */
    @Test
    void regelbruddErBrukerfeilOgSikkerhetshendelserLogges(CapturedOutput logg) {
        String pid = sak(60);
        Task t = forlop.oppgave(pid, "Task_VurderAktivitetskrav");
        for (Kanal kanal : Kanal.values()) {
            Motorklient v = som("veileder0301", kanal);
            if (t.getAssignee() == null) {
                assertThat(v.motor("POST", "task/" + t.getId() + "/claim", "{\"userId\":\"veileder0301\"}").status())
                        .isEqualTo(204);
                t = forlop.oppgave(pid, "Task_VurderAktivitetskrav");
            }
            Svar svar = v.motor("POST", "task/" + t.getId() + "/submit-form", json("aktivitetskravUtfall", "AVVENT",
                    "aktivitetskravArsakAvvent", "INFORMASJON_BEHANDLER", "avventFrist",
                    LocalDate.now().plusDays(10).toString(), "aktivitetskravBeskrivelse", ""));
            assertThat(svar.status()).as(svar.kropp()).isEqualTo(400);
            assertThat(svar.kropp()).contains("må fylles ut").doesNotContain("ENGINE-").doesNotContain("Exception:");
        }
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNotNull();
        assertThat(logg.getAll()).doesNotContain("må fylles ut").doesNotContain("INFORMASJON_BEHANDLER")
                .doesNotContain("ENGINE-03051");

        Motorklient mottak = som("mottak", Kanal.REST);
        mottak.motor("POST", "job/x/execute", null);
        assertThat(logg.getAll()).contains("hendelse=AVVIST bruker=mottak metode=POST sti=motor/job/x/execute "
                + "status=403");
        Svar feil = new Motorklient(port, engine.getName(), "veileder0301", Kanal.REST)
                .send("GET", "/engine-rest/engine/" + engine.getName() + "/task", null, null);
        assertThat(feil.status()).isEqualTo(200);
        Svar galt = new Motorklient(port, engine.getName(), "ukjent-bruker", Kanal.REST)
                .send("GET", "/engine-rest/engine/" + engine.getName() + "/task", null, null);
        assertThat(galt.status()).isEqualTo(401);
        assertThat(logg.getAll()).contains("hendelse=INNLOGGING_FEILET bruker=ukjent-bruker kanal=basic");
        Svar webapp = Motorklient.utenInnlogging(port, engine.getName(), "veileder4601").loggInn("feil");
        assertThat(webapp.status()).isIn(401, 403);
        assertThat(logg.getAll()).contains("hendelse=INNLOGGING_FEILET bruker=veileder4601 kanal=tasklist");
        // Camunda delays the next login after a failure; the tests after this one log in as this user.
        engine.getIdentityService().unlockUser("veileder4601");
    }
}
