package no.oppfolgingsflyt.sykefravaer.prosess;

import static no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The sykefravær process as the rest of the application sees it: start a case, move its deadlines, deliver a
 * message, re-open a step. All Camunda calls of the case logic go through here.
 */
@Component
public class SykefravaerProsess {

    private static final Pattern ENKEL_VARIABEL = Pattern.compile("^\\$\\{(\\w+)}$");
    /** The process variables counted from the tilfelle: they move when S or the last sick day moves. */
    private static final Pattern TILFELLEDATO = Pattern.compile("\\b(" + String.join("|", Stream.concat(
            Stream.of(TILFELLE_START, FRIST_VURDER_AKTIVITETSKRAV), Saksfrister.navn().stream()).toList()) + ")\\b");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final Systemkontekst system;
    private final Map<String, Boolean> fraTilfellet = new java.util.concurrent.ConcurrentHashMap<>();

    public SykefravaerProsess(RuntimeService runtime, TaskService tasks, ManagementService management,
            RepositoryService repository, HistoryService history, Systemkontekst system) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.history = history;
        this.system = system;
    }

    public String start(String saksreferanse, String enhet, boolean harArbeidsgiver, boolean gradert,
            Saksfrister frister) {
        Map<String, Object> v = startvariabler(saksreferanse, enhet, harArbeidsgiver, gradert, frister);
        return system.somSystem(() -> runtime.createProcessInstanceByKey(PROSESS).businessKey(saksreferanse)
                .setVariables(v).execute().getId());
    }

    private static Map<String, Object> startvariabler(String saksreferanse, String enhet, boolean harArbeidsgiver,
            boolean gradert, Saksfrister frister) {
        Map<String, Object> v = datoVariabler(frister);
        v.put(ENHET, enhet);
        v.put("saksreferanse", saksreferanse); // shown in Tasklist's task list
        v.put(HAR_ARBEIDSGIVER, harArbeidsgiver);
        v.put(GRADERT, gradert);
        v.put(FRIST_VURDER_AKTIVITETSKRAV, v.get(Saksfrister.STOPPUNKT_AKTIVITETSKRAV));
        v.put(DIALOGMOTE2_AVKLART, false);
        return v;
    }

    /**
     * The branches of the model: where each starts, and the end events that mean it has run its course. A case that
     * runs again for the same tilfelle starts only the branches its earlier runs did not finish.
     */
    private enum Gren {
        OPPFOLGINGSPLAN(true, "Sub_Oppfolgingsplan", "End_OppfolgingsplanAvsluttet", "End_OppfolgingsplanBekreftet"),
        DIALOGMOTE1(true, "Sub_Dialogmote1", "End_Dialogmote1Avsluttet", "End_Dialogmote1Bekreftet"),
        UTEN_ARBEIDSGIVER(false, "Timer_UtenArbeidsgiver", "End_UtenArbeidsgiverFulgtOpp"),
        AKTIVITETSKRAV(null, "Timer_StoppunktAktivitetskrav", "End_AutomatiskOppfylt", "End_AktivitetskravFerdig"),
        DIALOGMOTEKANDIDAT(null, "Timer_Dialogmotekandidat", "End_IkkeKandidat", "End_Dialogmote2Avsluttet"),
        FRIST_DIALOGMOTE2(null, "Timer_FristDialogmote2", "End_Dialogmote2IRute", "End_Dialogmote2FristBrutt"),
        UKE_39(null, "Timer_39Uker", "End_VidereOppfolgingVurdert"),
        MAKSDATO(null, "Timer_Maksdato");

        /** true: only with an employer, false: only without, null: always. */
        final Boolean medArbeidsgiver;
        final String start;
        final List<String> slutt;

        Gren(Boolean medArbeidsgiver, String start, String... slutt) {
            this.medArbeidsgiver = medArbeidsgiver;
            this.start = start;
            this.slutt = List.of(slutt);
        }
    }

    /** The state an earlier run of the case leaves to the next: what the veileder and the employer have done. */
    private static final List<String> OVERFORES = List.of(AKTIVITETSKRAV_STATUS, "aktivitetskravArsak",
            DIALOGMOTE2_STATUS, DIALOGMOTE2_AVKLART, DIALOGMOTE2_FRIST_BRUTT, OPPFOLGINGSPLAN_BEKREFTELSE,
            OPPFOLGINGSPLAN_BEKREFTELSE + "Dato", DIALOGMOTE1_BEKREFTELSE, DIALOGMOTE1_BEKREFTELSE + "Dato",
            "arbeidsevnevurdering");

    /**
     * A closed case's tilfelle goes on: a new run of the process for the same case, with the tilfelle's dates and the
     * state of the earlier runs, started at the branches they did not finish. A branch whose date has gone by fires at
     * once; varsler already planned for the case are not planned again (the outbox's key is per case).
     */
    public String gjenoppta(String saksreferanse, String enhet, boolean harArbeidsgiver, boolean gradert,
            Saksfrister frister) {
        return system.somSystem(() -> {
            List<String> tidligere = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROSESS)
                    .processInstanceBusinessKey(saksreferanse).orderByProcessInstanceStartTime().asc().list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            Map<String, Object> v = startvariabler(saksreferanse, enhet, harArbeidsgiver, gradert, frister);
            if (!tidligere.isEmpty()) {
                history.createHistoricVariableInstanceQuery().processInstanceId(tidligere.get(tidligere.size() - 1))
                        .variableNameIn(OVERFORES.toArray(String[]::new)).list()
                        .forEach(h -> v.put(h.getName(), h.getValue()));
            }
            var start = runtime.createProcessInstanceByKey(PROSESS).businessKey(saksreferanse).setVariables(v);
            for (Gren gren : Gren.values()) {
                boolean gjelder = gren.medArbeidsgiver == null || gren.medArbeidsgiver == harArbeidsgiver;
                if (gjelder && tidligere.stream().noneMatch(pid -> ferdig(pid, gren))) {
                    start = start.startBeforeActivity(gren.start);
                }
            }
            return start.execute().getId();
        });
    }

    private boolean ferdig(String processInstanceId, Gren gren) {
        return gren.slutt.stream().anyMatch(slutt -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(slutt).finished().count() > 0);
    }

    /**
     * A person still sykmeldt after maksdato gets no new timeline, but the veileder one task to consider further
     * follow-up: false when the case has had it already.
     */
    public boolean startOppfolgingEtterMaksdato(String saksreferanse, String enhet, Saksfrister frister) {
        return system.somSystem(() -> {
            if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROSESS_ETTER_MAKSDATO)
                    .processInstanceBusinessKey(saksreferanse).count() > 0) {
                return false;
            }
            // The tilfelle's dates, for the case facts on the task.
            Map<String, Object> v = datoVariabler(frister);
            v.put(ENHET, enhet);
            v.put("saksreferanse", saksreferanse);
            runtime.createProcessInstanceByKey(PROSESS_ETTER_MAKSDATO).businessKey(saksreferanse).setVariables(v)
                    .execute();
            return true;
        });
    }

    /**
     * A sykmelding changed the tilfelle: every date variable is recomputed, the pending timers counted from the
     * tilfelle are re-evaluated from them, and open tasks whose due date is such a variable get the new date. Dates
     * fixed when they were set (an escalation counted from the day a task appeared, the answer deadline of a letter,
     * a date a veileder chose) are left alone: re-evaluating them would count them from today.
     */
    public void oppdaterTilfelle(String processInstanceId, Saksfrister frister, boolean gradert) {
        system.somSystem(() -> {
            Object gammeltStoppunkt = runtime.getVariable(processInstanceId, Saksfrister.STOPPUNKT_AKTIVITETSKRAV);
            Object gjeldendeFrist = runtime.getVariable(processInstanceId, FRIST_VURDER_AKTIVITETSKRAV);
            Date gammelStart = (Date) runtime.getVariable(processInstanceId, TILFELLE_START);
            Map<String, Object> v = datoVariabler(frister);
            v.put(GRADERT, gradert);
            if (Objects.equals(gammeltStoppunkt, gjeldendeFrist)) {
                // Not postponed by an "avvent": the task's deadline is still the stoppunkt, so it moves with it.
                v.put(FRIST_VURDER_AKTIVITETSKRAV, v.get(Saksfrister.STOPPUNKT_AKTIVITETSKRAV));
            }
            runtime.setVariables(processInstanceId, v);
            for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
                if (tellesFraTilfellet(job)) {
                    management.recalculateJobDuedate(job.getId(), false);
                }
            }
            if (gammelStart != null && gammelStart.before(Datoer.startAvDag(frister.tilfelleStart()))) {
                ventPaTimerenIgjen(processInstanceId);
            }
            for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
                fristVariabel(task).map(navn -> (Date) runtime.getVariable(processInstanceId, navn))
                        .ifPresent(frist -> {
                            task.setDueDate(frist);
                            tasks.saveTask(task);
                        });
            }
        });
    }

    /**
     * Delivers a message to the case; false when the case is not waiting for it. Asks first rather than catching the
     * engine's refusal, which would mark the caller's transaction for rollback.
     */
    public boolean korreler(String saksreferanse, String melding, Map<String, Object> variabler) {
        return system.somSystem(() -> {
            if (!venterPa(runtime, saksreferanse, melding)) {
                return false;
            }
            runtime.createMessageCorrelation(melding).processInstanceBusinessKey(saksreferanse)
                    .setVariables(variabler).correlateWithResult();
            return true;
        });
    }

    /** Whether a process with this business key has a subscription for the message. */
    public static boolean venterPa(RuntimeService runtime, String forretningsnokkel, String melding) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(forretningsnokkel)
                .messageEventSubscriptionName(melding).count() > 0;
    }

    public void settVariabler(String processInstanceId, Map<String, Object> variabler) {
        system.somSystem(() -> runtime.setVariables(processInstanceId, variabler));
    }

    /** A variable of a running case, or null when the case or the variable does not exist. */
    public Object variabel(String processInstanceId, String navn) {
        return system.somSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .count() == 0 ? null : runtime.getVariable(processInstanceId, navn));
    }

    public boolean erAktiv(String processInstanceId, String aktivitet) {
        return system.somSystem(() -> runtime.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId(aktivitet).count() > 0);
    }

    public boolean harFullfort(String processInstanceId, String aktivitet) {
        return system.somSystem(() -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(aktivitet).finished().count() > 0);
    }

    /**
     * Opens a step again: its variables are set back, whatever still runs inside {@code omslutter} is cancelled, and
     * the process starts anew before each of {@code aktiviteter} (the step's task, or a step that leads to it).
     */
    public void gjenapne(String processInstanceId, List<String> aktiviteter, String omslutter, String begrunnelse,
            Map<String, Object> tilstand) {
        system.somSystem(() -> {
            runtime.setVariables(processInstanceId, tilstand);
            var modifikasjon = runtime.createProcessInstanceModification(processInstanceId);
            // A running subprocess is an activity instance of its own, not the current activity of an execution.
            if (omslutter != null && runtime.getActivityInstance(processInstanceId)
                    .getActivityInstances(omslutter).length > 0) {
                modifikasjon = modifikasjon.cancelAllForActivity(omslutter);
            }
            for (String aktivitet : aktiviteter) {
                modifikasjon = modifikasjon.startBeforeActivity(aktivitet);
            }
            modifikasjon.setAnnotation(begrunnelse).execute();
        });
    }

    /**
     * S moved later (an annulment): a milestone that waits at «Sykmeldt på …» after a timer whose date is now ahead
     * goes back to wait for that timer, so it does not happen before its new date.
     */
    private void ventPaTimerenIgjen(String processInstanceId) {
        var modell = repository.getBpmnModelInstance(runtime.createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult().getProcessDefinitionId());
        var modifikasjon = runtime.createProcessInstanceModification(processInstanceId);
        ActivityInstance tre = runtime.getActivityInstance(processInstanceId);
        boolean endret = false;
        for (IntermediateCatchEvent vent : modell.getModelElementsByType(IntermediateCatchEvent.class)) {
            boolean betinget = vent.getEventDefinitions().stream().anyMatch(ConditionalEventDefinition.class::isInstance);
            if (!betinget || vent.getIncoming().size() != 1
                    || !(vent.getIncoming().iterator().next().getSource() instanceof IntermediateCatchEvent timer)) {
                continue;
            }
            Date dato = timer.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                    .map(d -> ((TimerEventDefinition) d).getTimeDate()).filter(Objects::nonNull)
                    .map(t -> ENKEL_VARIABEL.matcher(t.getTextContent().trim()))
                    .filter(Matcher::matches).map(m -> (Date) runtime.getVariable(processInstanceId, m.group(1)))
                    .findFirst().orElse(null);
            if (dato == null || !dato.after(Datoer.tidspunkt(Datoer.naa()))) {
                continue;
            }
            for (ActivityInstance venter : tre.getActivityInstances(vent.getId())) {
                modifikasjon.cancelActivityInstance(venter.getId())
                        .startBeforeActivity(timer.getId(), venter.getParentActivityInstanceId());
                endret = true;
            }
        }
        if (endret) {
            modifikasjon.setAnnotation("Tilfellet starter senere: venter på den nye datoen").execute();
        }
    }

    /** Whether the timer's date is read from a date counted from the tilfelle (S or the last sick day). */
    private boolean tellesFraTilfellet(Job job) {
        if (job.getJobDefinitionId() == null) {
            return false;
        }
        // A job definition belongs to one version of the model and never changes: the answer is kept.
        return fraTilfellet.computeIfAbsent(job.getJobDefinitionId(), id -> tellesFraTilfellet(id,
                job.getProcessDefinitionId()));
    }

    private boolean tellesFraTilfellet(String jobDefinitionId, String processDefinitionId) {
        JobDefinition definisjon = management.createJobDefinitionQuery().jobDefinitionId(jobDefinitionId)
                .singleResult();
        if (definisjon == null) {
            return false;
        }
        BaseElement element = repository.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(definisjon.getActivityId());
        List<TimerEventDefinition> timere = new ArrayList<>();
        if (TimerTaskListenerJobHandler.TYPE.equals(definisjon.getJobType()) && element instanceof UserTask oppgave
                && oppgave.getExtensionElements() != null) {
            oppgave.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .forEach(l -> timere.addAll(l.getTimeouts()));
        } else if (element instanceof CatchEvent hendelse) {
            hendelse.getEventDefinitions().stream().filter(TimerEventDefinition.class::isInstance)
                    .map(TimerEventDefinition.class::cast).forEach(timere::add);
        }
        return timere.stream().flatMap(t -> Stream.of(t.getTimeDate(), t.getTimeDuration(), t.getTimeCycle()))
                .filter(Objects::nonNull).map(ModelElementInstance::getTextContent)
                .anyMatch(SykefravaerProsess::fraTilfellet);
    }

    /** An expression that reads one of the dates {@link Saksfrister} computes from the tilfelle. */
    static boolean fraTilfellet(String uttrykk) {
        return TILFELLEDATO.matcher(uttrykk).find();
    }

    private java.util.Optional<String> fristVariabel(Task task) {
        UserTask modell = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (modell == null || modell.getCamundaDueDate() == null) {
            return java.util.Optional.empty();
        }
        Matcher m = ENKEL_VARIABEL.matcher(modell.getCamundaDueDate());
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static Map<String, Object> datoVariabler(Saksfrister frister) {
        Map<String, Object> v = new HashMap<>();
        v.put(TILFELLE_START, Datoer.startAvDag(frister.tilfelleStart()));
        v.put(SISTE_SYKEDAG, Datoer.startAvDag(frister.sisteSykedag()));
        v.put(TILFELLE_ENDRET, Datoer.startAvDag(Datoer.idag()));
        for (Map.Entry<String, LocalDate> e : frister.datoer().entrySet()) {
            v.put(e.getKey(), Datoer.startAvDag(e.getValue()));
        }
        return v;
    }
}
