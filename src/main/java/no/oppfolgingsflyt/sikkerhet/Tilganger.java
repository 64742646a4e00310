package no.oppfolgingsflyt.sikkerhet;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.felles.Systemkontekst;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, once, the authorizations and Tasklist filters every installation needs. Tasks themselves are not
 * granted here: a task's candidate group (the veileder group of its NAV office) gives that group access to that
 * task only, through Camunda's default task permissions.
 */
@Component
public class Tilganger {

    private static final Logger LOG = LoggerFactory.getLogger(Tilganger.class);

    public static final String FILTER_MINE_OPPGAVER = "Mine oppgaver";
    public static final String FILTER_MITT_KONTOR = "Mitt kontor";
    public static final String FILTER_FRIST_PASSERT = "Frist passert";
    public static final String FILTER_FRIST_DENNE_UKEN = "Frist denne uken";
    public static final String FILTER_ESKALERT = "Eskalert til meg";

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Systemkontekst system;

    public Tilganger(AuthorizationService authorizationService, FilterService filterService,
            TaskService taskService, IdentityService identityService, Systemkontekst system) {
        this.identityService = identityService;
        this.system = system;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void opprett() {
        // Every logged-in user may open Tasklist and read process definitions (names shown next to tasks).
        globalt(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        globalt(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        // Process owners watch Cockpit: instances, history and tasks of every process, but change nothing.
        gruppe(Grupper.PROSESSEIER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        gruppe(Grupper.PROSESSEIER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK);
        gruppe(Grupper.PROSESSEIER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        // Cockpit's Human Tasks page lists every open task; READ only (no TASK_WORK, UPDATE or assignment)
        gruppe(Grupper.PROSESSEIER, Resources.TASK, ANY, Permissions.READ);
        gruppe(Grupper.PROSESSEIER, Resources.DEPLOYMENT, ANY, Permissions.READ);
        gruppe(Grupper.PROSESSEIER, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
                Permissions.READ_HISTORY);
        kandidaterArbeiderBareMedOppgaven();
        // The intake and the other API users need no engine rights: the application API checks their groups
        // and works on the engine itself (Systemkontekst).

        // Every filter follows the logged-in user's groups, so one set serves every office; sorted by deadline.
        filter(FILTER_MINE_OPPGAVER, 2, "Oppgaver du har tatt", taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        filter(FILTER_MITT_KONTOR, 1, "Alle oppgaver for kontoret ditt", kontoret().orderByDueDate().asc());
        filter(FILTER_FRIST_PASSERT, 3, "Oppgaver med passert frist", kontoret().dueBeforeExpression("${now()}")
                .orderByDueDate().asc());
        filter(FILTER_FRIST_DENNE_UKEN, 4, "Oppgaver med frist de neste sju dagene", kontoret()
                .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
                .orderByDueDate().asc());
        String eskalert = filter(FILTER_ESKALERT, 5, "Oppgaver som er eskalert til teamleder", kontoret()
                .taskMinPriority(80).orderByDueDate().asc());
        // Only team leads (and administrators) see the escalation filter: the team lead groups that exist now get
        // it here, a group created later (in Admin) when the first task is escalated to it (eskaleringsfilterFor).
        identityService.createGroupQuery().list().stream().map(g -> g.getId())
                .filter(g -> g.startsWith("teamleder")).forEach(g -> gruppe(g, Resources.FILTER, eskalert,
                        Permissions.READ));
    }

    /**
     * Lets a team lead group read the filter «Eskalert til meg», once; called by the escalation for each group a
     * task is escalated to, so team lead groups created at any time see their escalations. Runs as the system: the
     * escalation is the engine's own work (a timer), never a user's right to grant authorizations.
     */
    public void eskaleringsfilterFor(String teamledergruppe) {
        system.somSystem(() -> {
            Filter filter = filterService.createFilterQuery().filterName(FILTER_ESKALERT).singleResult();
            if (filter != null) {
                gruppe(teamledergruppe, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        });
    }

    /**
     * Tasks created before candidates got TASK_WORK instead of UPDATE (application.yaml) carry authorizations
     * that let a candidate reshape the task; they are narrowed once, here.
     */
    private void kandidaterArbeiderBareMedOppgaven() {
        List<Authorization> brede = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list();
        for (Authorization a : brede) {
            if (a.getUserId() != null && !a.getUserId().equals(ANY) || a.getGroupId() != null) {
                a.removePermission(Permissions.UPDATE);
                a.addPermission(TaskPermissions.TASK_WORK);
                authorizationService.saveAuthorization(a);
            }
        }
        if (!brede.isEmpty()) {
            LOG.info("{} task authorizations narrowed from UPDATE to TASK_WORK", brede.size());
        }
    }

    private void globalt(Resource resource, String resourceId, Permission... permissions) {
        boolean finnes = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!finnes) {
            Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            a.setUserId(ANY);
            lagre(a, resource, resourceId, permissions);
        }
    }

    private void gruppe(String gruppe, Resource resource, String resourceId, Permission... permissions) {
        boolean finnes = authorizationService.createAuthorizationQuery()
                .groupIdIn(gruppe).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!finnes) {
            Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            a.setGroupId(gruppe);
            lagre(a, resource, resourceId, permissions);
        }
    }

    private void lagre(Authorization a, Resource resource, String resourceId, Permission... permissions) {
        a.setResource(resource);
        a.setResourceId(resourceId);
        for (Permission p : permissions) {
            a.addPermission(p);
        }
        authorizationService.saveAuthorization(a);
    }

    private TaskQuery kontoret() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
    }

    /** Creates the filter, or brings an existing one up to date; returns its id. Never a second one. */
    private String filter(String navn, int prioritet, String beskrivelse, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(navn).singleResult();
        boolean ny = filter == null;
        if (ny) {
            filter = filterService.newTaskFilter(navn);
        }
        filter.setQuery(query).setProperties(Map.of("priority", prioritet, "refresh", true,
                "description", beskrivelse,
                // columns in the task list: the case reference next to the deadline
                "variables", List.of(Map.of("name", "saksreferanse", "label", "Sak"))));
        filterService.saveFilter(filter);
        if (ny && !navn.equals(FILTER_ESKALERT)) {
            globalt(Resources.FILTER, filter.getId(), Permissions.READ);
        }
        return filter.getId();
    }
}
