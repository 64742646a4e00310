package no.oppfolgingsflyt.sikkerhet;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
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

    public static final String FILTER_MITT_KONTOR = "Mitt kontor";
    public static final String FILTER_MINE_OPPGAVER = "Mine oppgaver";

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public Tilganger(AuthorizationService authorizationService, FilterService filterService,
            TaskService taskService) {
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
        gruppe(Grupper.PROSESSEIER, Resources.DEPLOYMENT, ANY, Permissions.READ);
        gruppe(Grupper.PROSESSEIER, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
                Permissions.READ_HISTORY);
        // Intake systems start and correlate sykefravær cases.
        gruppe(Grupper.MOTTAK, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE);
        gruppe(Grupper.MOTTAK, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ,
                Permissions.UPDATE);

        filter(FILTER_MITT_KONTOR, 1, taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .orderByDueDate().asc());
        filter(FILTER_MINE_OPPGAVER, 2, taskService.createTaskQuery()
                .taskAssigneeExpression("${currentUser()}")
                .orderByDueDate().asc());
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

    private void filter(String navn, int prioritet, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(navn).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(navn)
                .setQuery(query)
                .setProperties(Map.of("priority", prioritet, "refresh", true,
                        "description", "Oppgaver sortert etter frist"));
        filterService.saveFilter(filter);
        globalt(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
