package no.oppfolgingsflyt.sykefravaer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.Kvittering;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingMottak;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingValidering;
import no.oppfolgingsflyt.varsel.VarselRepository;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives a case through the real engine the way time and people would: deliver sykmeldinger, move the engine
 * clock, run every job that is due (timers in due-date order), and complete tasks as a veileder of the office.
 */
@Component
public class Saksforlop {

    private final SykmeldingValidering validering;
    private final SykmeldingMottak mottak;
    private final SakRepository saker;
    private final ManagementService management;
    private final TaskService tasks;
    private final IdentityService identity;
    private final VarselRepository varsler;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final SakHandlinger handlinger;

    public Saksforlop(SykmeldingValidering validering, SykmeldingMottak mottak, SakRepository saker,
            ManagementService management, TaskService tasks, IdentityService identity, VarselRepository varsler,
            RuntimeService runtime, HistoryService history, SakHandlinger handlinger) {
        this.handlinger = handlinger;
        this.runtime = runtime;
        this.history = history;
        this.validering = validering;
        this.mottak = mottak;
        this.saker = saker;
        this.management = management;
        this.tasks = tasks;
        this.identity = identity;
        this.varsler = varsler;
    }

    public static void idag(LocalDate dato) {
        ClockUtil.setCurrentTime(Datoer.tidspunkt(dato.atTime(9, 0)));
    }

    public static SykmeldingInn sykmelding(String fnr, String fom, String tom, int grad, boolean medArbeidsgiver) {
        return new SykmeldingInn("SM-" + System.nanoTime(), fnr,
                List.of(new SykmeldingInn.PeriodeInn(LocalDate.parse(fom), LocalDate.parse(tom), grad)),
                medArbeidsgiver ? Testdata.ORGNR : null,
                medArbeidsgiver ? new SykmeldingInn.NaermesteLederInn("Nora Leder", "leder@example.org") : null,
                "Dr. Lege", "0301");
    }

    /** Delivers a sykmelding as the intake API would (validation included). */
    public Kvittering motta(SykmeldingInn sm) {
        validering.valider(sm);
        return mottak.motta(sm);
    }

    public String sakFnr(String saksreferanse) {
        return sak(saksreferanse).fnr();
    }

    public Sak sak(String saksreferanse) {
        return saker.finn(saksreferanse).orElseThrow();
    }

    /** Moves the engine clock to 09:00 on the day and runs every job of the case that is due by then, in order. */
    public void kjorTil(String processInstanceId, LocalDate dag) {
        kjorTil(processInstanceId, dag.atTime(9, 0));
    }

    public void kjorTil(String processInstanceId, LocalDateTime tid) {
        kjorTil(processInstanceId, tid, false);
    }

    /** As {@link #kjorTil}, but a failing job is left to Camunda's retries instead of failing the test. */
    public void kjorTilMedFeilendeJobber(String processInstanceId, LocalDateTime tid) {
        kjorTil(processInstanceId, tid, true);
    }

    private void kjorTil(String processInstanceId, LocalDateTime tid, boolean tillatFeil) {
        ClockUtil.setCurrentTime(Datoer.tidspunkt(tid));
        for (int runde = 0; runde < 500; runde++) {
            Job neste = null;
            for (String id : instanserISaken(processInstanceId)) {
                for (Job job : management.createJobQuery().processInstanceId(id).executable().list()) {
                    if (neste == null || forfall(job) < forfall(neste)) {
                        neste = job;
                    }
                }
            }
            if (neste == null) {
                return;
            }
            try {
                management.executeJob(neste.getId());
            } catch (RuntimeException e) {
                if (!tillatFeil) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("Jobs keep coming: a loop in the process?");
    }

    private static long forfall(Job job) {
        return job.getDuedate() == null ? 0 : job.getDuedate().getTime();
    }

    /** The case's process instance and the running instances with the same business key: its varsel deliveries, its
     * called processes. */
    public List<String> instanserISaken(String processInstanceId) {
        List<String> ider = new ArrayList<>(List.of(processInstanceId));
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(forretningsnokkel(processInstanceId)).list()
                .stream().map(p -> p.getId()).filter(id -> !id.equals(processInstanceId)).forEach(ider::add);
        return ider;
    }

    private String forretningsnokkel(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    public Job timer(String processInstanceId, String aktivitet) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(aktivitet).timers()
                .singleResult();
    }

    public Date forfall(String processInstanceId, String aktivitet) {
        Job job = timer(processInstanceId, aktivitet);
        return job == null ? null : job.getDuedate();
    }

    /** The open task of the case (in its own process or one it called). */
    public Task oppgave(String processInstanceId, String aktivitet) {
        return tasks.createTaskQuery().processInstanceBusinessKey(forretningsnokkel(processInstanceId))
                .taskDefinitionKey(aktivitet).singleResult();
    }

    /** Completes the open task as a veileder of the office 0301 would in Tasklist, with authorization checks on. */
    public void fullfor(String processInstanceId, String aktivitet, Map<String, Object> skjema) {
        fullforSom("veileder0301", List.of("enhet0301"), processInstanceId, aktivitet, skjema);
    }

    /** Claims and completes the open task as the given user with the given groups, authorization checks on. */
    public void fullforSom(String bruker, List<String> grupper, String processInstanceId, String aktivitet,
            Map<String, Object> skjema) {
        Task task = oppgave(processInstanceId, aktivitet);
        if (task == null) {
            throw new IllegalStateException("No open task " + aktivitet);
        }
        identity.setAuthentication(bruker, grupper);
        try {
            if (!bruker.equals(task.getAssignee())) {
                tasks.claim(task.getId(), bruker);
            }
            tasks.complete(task.getId(), skjema);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The varsler the case asked for, as "TYPE:MOTTAKER". */
    public List<String> varsler(String saksreferanse) {
        List<String> typer = new ArrayList<>();
        for (VarselRepository.Varsel v : varsler.forSak(saksreferanse)) {
            typer.add(v.type() + ":" + v.mottaker());
        }
        return typer;
    }

    public List<VarselRepository.Status> varselstatuser(String saksreferanse) {
        return varsler.forSak(saksreferanse).stream().map(VarselRepository.Varsel::status).toList();
    }

    /** Runs the work as the intake system user (group mottak), as the API would. */
    public void somMottak(Runnable arbeid) {
        identity.setAuthentication("mottak", List.of("mottak"));
        try {
            arbeid.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The employer confirms both its duties through the intake API: no reminders, no employer tasks. */
    public void bekreftArbeidsgiverpliktene(String saksreferanse) {
        somMottak(() -> {
            handlinger.arbeidsgiverBekrefter(saksreferanse, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                    SakHandlinger.Bekreftelse.UTARBEIDET, null);
            handlinger.arbeidsgiverBekrefter(saksreferanse, SakHandlinger.Plikt.DIALOGMOTE1,
                    SakHandlinger.Bekreftelse.GJENNOMFORT, null);
        });
    }

    /** Runs the work as a veileder of the office 0301. */
    public void somVeileder(Runnable arbeid) {
        identity.setAuthentication("veileder0301", List.of("enhet0301"));
        try {
            arbeid.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    public static Date dag(String dato) {
        return Datoer.startAvDag(LocalDate.parse(dato));
    }
}
