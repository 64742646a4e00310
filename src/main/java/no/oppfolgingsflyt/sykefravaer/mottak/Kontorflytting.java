package no.oppfolgingsflyt.sykefravaer.mottak;

import java.util.List;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Navkontorer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case to another NAV office: the case and every task to come belong to the new office, its open tasks get
 * the new office's veiledere (and its team lead, where the old one had been given the task) as candidates, and a task
 * held by a veileder of the old office is given back. The old office no longer sees the case; the case log says who
 * moved it from where to where.
 */
@Service
public class Kontorflytting {

    private final SakHandlinger handlinger;
    private final SakRepository saker;
    private final SakshendelseRepository hendelser;
    private final RuntimeService runtime;
    private final TaskService oppgaver;
    private final IdentityService identitet;
    private final Systemkontekst system;
    private final AuthorizationService tilganger;
    private final Navkontorer kontorer;

    public Kontorflytting(SakHandlinger handlinger, SakRepository saker, SakshendelseRepository hendelser,
            RuntimeService runtime, TaskService oppgaver, IdentityService identitet, Systemkontekst system,
            AuthorizationService tilganger, Navkontorer kontorer) {
        this.tilganger = tilganger;
        this.kontorer = kontorer;
        this.handlinger = handlinger;
        this.saker = saker;
        this.hendelser = hendelser;
        this.runtime = runtime;
        this.oppgaver = oppgaver;
        this.identitet = identitet;
        this.system = system;
    }

    /** Returns false when the case already belongs to that office. */
    @Transactional
    public boolean flytt(String saksreferanse, String nyEnhet) {
        kontorer.feil(nyEnhet).ifPresent(f -> {
            throw new Valideringsfeil("enhet", f);
        });
        Sak sak = handlinger.aktivSak(saksreferanse);
        String gammel = sak.enhet();
        if (gammel.equals(nyEnhet)) {
            return false;
        }
        saker.settEnhet(saksreferanse, nyEnhet);
        system.somSystem(() -> {
            runtime.setVariable(sak.processInstanceId(), Prosessvariabler.ENHET, nyEnhet);
            for (Task t : oppgaver.createTaskQuery().processInstanceBusinessKey(saksreferanse).list()) {
                flyttOppgave(t, gammel, nyEnhet);
            }
        });
        hendelser.registrer(saksreferanse, Sakshendelser.KONTOR_ENDRET, gammel + "-" + nyEnhet,
                "Saken er flyttet fra NAV-kontor " + gammel + " til " + nyEnhet, system.bruker());
        return true;
    }

    private void flyttOppgave(Task t, String gammel, String ny) {
        String veiledere = Grupper.veiledereFor(gammel);
        String teamledere = Grupper.teamledereFor(gammel);
        List<IdentityLink> lenker = oppgaver.getIdentityLinksForTask(t.getId());
        boolean hos = false;
        boolean eskalert = false;
        for (IdentityLink l : lenker) {
            if (IdentityLinkType.CANDIDATE.equals(l.getType()) && veiledere.equals(l.getGroupId())) {
                oppgaver.deleteCandidateGroup(t.getId(), veiledere);
                hos = true;
            } else if (IdentityLinkType.CANDIDATE.equals(l.getType()) && teamledere.equals(l.getGroupId())) {
                oppgaver.deleteCandidateGroup(t.getId(), teamledere);
                eskalert = true;
            }
        }
        if (hos) {
            oppgaver.addCandidateGroup(t.getId(), Grupper.veiledereFor(ny));
        }
        if (eskalert) {
            oppgaver.addCandidateGroup(t.getId(), Grupper.teamledereFor(ny));
        }
        String tidligere = t.getAssignee();
        boolean frigitt = tidligere != null && identitet.createUserQuery().userId(tidligere)
                .memberOfGroup(Grupper.veiledereFor(ny)).count() == 0;
        if (frigitt) {
            oppgaver.setAssignee(t.getId(), null);
        }
        // The engine keeps the authorizations a removed candidate group or assignee once had on the task: they go
        // too, or the old office would still see it.
        var gamle = tilganger.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(t.getId()).list()
                .stream().filter(a -> veiledere.equals(a.getGroupId()) || teamledere.equals(a.getGroupId())
                        || (frigitt && tidligere.equals(a.getUserId())))
                .toList();
        gamle.forEach(a -> tilganger.deleteAuthorization(a.getId()));
    }
}
