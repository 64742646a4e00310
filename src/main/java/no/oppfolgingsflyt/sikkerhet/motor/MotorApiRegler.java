package no.oppfolgingsflyt.sikkerhet.motor;

import static no.oppfolgingsflyt.sikkerhet.Rolle.PROSESSEIER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.oppfolgingsflyt.sikkerhet.Rolle;

/**
 * The allowlist in front of the engine: every call to the engine REST API ({@code /engine-rest/**}) and to the
 * webapps' own APIs ({@code /camunda/api/**}) must match a rule here for one of the caller's roles, or it is refused
 * before the engine sees it. Paths are written without their prefix: {@code motor/…} is the engine REST API under
 * either prefix (after {@code /engine/{name}} when present), {@code cockpit/…}, {@code tasklist/…}, {@code admin/…}
 * and {@code welcome/…} are the webapps' own APIs. {@code *} is one path segment, {@code **} the rest of the path.
 * Administrators ({@code camunda-admin}) may do everything and need no rule.
 */
public final class MotorApiRegler {

    /** A check beyond method, path and role, made by {@link MotorApiPort} with the request's data. */
    public enum Vilkar {
        INGEN,
        /** The user id in the path (third segment: {@code motor/user/{id}/…}) is the caller's own. */
        EGEN_BRUKER_I_STI,
        /** The query parameter {@code userId} is the caller's own. */
        EGEN_BRUKER_I_PARAMETER,
        /** Claim for oneself only (body {@code userId} = the caller), and only a task the caller may see. */
        TA_SELV,
        /** Set the assignee: a veileder only themselves; a team lead anyone of the task's office. */
        TILDEL,
        /** Give the task back: a veileder only their own; a team lead any task of their office. */
        FRIGI,
        /** Complete or submit the task's form: only the fields of that task's form, of their types. */
        SKJEMA
    }

    /** Who: anonymous callers, every logged-in user, or the listed roles. */
    public record Regel(String metode, String monster, boolean anonym, boolean alleInnlogget, Set<Rolle> roller,
            Vilkar vilkar) {

        boolean gjelder(String metode, String sti) {
            return this.metode.equals(metode) && passer(monster.split("/"), 0, sti.split("/"), 0);
        }

        boolean tillater(boolean innlogget, Set<Rolle> brukerroller) {
            return anonym || (innlogget && alleInnlogget)
                    || (innlogget && !Collections.disjoint(roller, brukerroller));
        }

        private static boolean passer(String[] m, int i, String[] s, int j) {
            if (i == m.length) {
                return j == s.length;
            }
            if (m[i].equals("**")) {
                return true;
            }
            if (j == s.length) {
                return false;
            }
            return (m[i].equals("*") || m[i].equals(s[j])) && passer(m, i + 1, s, j + 1);
        }
    }

    private static final Set<Rolle> OPPGAVER = Rolle.OPPGAVEBEHANDLERE;
    private static final Set<Rolle> LESERE = EnumSet.of(PROSESSEIER);

    /** Every rule, in the order the README's matrix lists them. */
    public static final List<Regel> REGLER = regler();

    private MotorApiRegler() {}

    public static Optional<Regel> finn(String metode, String sti, boolean innlogget, Set<Rolle> roller) {
        return REGLER.stream().filter(r -> r.gjelder(metode, sti) && r.tillater(innlogget, roller)).findFirst();
    }

    private static List<Regel> regler() {
        List<Regel> r = new ArrayList<>();
        // Logging in and out of the webapps, and what their pages load before anyone has logged in.
        anonym(r, "POST", "admin/auth/user/*/login/*");
        anonym(r, "POST", "admin/auth/user/*/logout");
        anonym(r, "GET", "admin/auth/user/*");
        anonym(r, "GET", "motor");
        for (String app : List.of("cockpit", "tasklist", "admin", "welcome")) {
            anonym(r, "GET", app + "/plugin/*/static/**");
        }

        // Every logged-in user: who am I, and the landing page.
        alle(r, "GET", "motor/user/*/profile", Vilkar.EGEN_BRUKER_I_STI);
        alle(r, "GET", "motor/identity/groups", Vilkar.EGEN_BRUKER_I_PARAMETER);
        alle(r, "GET", "motor/version", Vilkar.INGEN);
        alle(r, "GET", "welcome/**", Vilkar.INGEN);

        // Tasklist: the tasks of one's own office (the engine's authorization decides which), their forms and
        // variables, claim and give back, complete. Filters are read, never changed.
        for (String sti : List.of("motor/filter", "motor/filter/count", "motor/filter/*", "motor/filter/*/list",
                "motor/filter/*/count", "motor/task", "motor/task/count", "motor/task/*", "motor/task/*/form",
                "motor/task/*/deployed-form", "motor/task/*/form-variables", "motor/task/*/rendered-form",
                "motor/task/*/variables", "motor/task/*/identity-links", "motor/task/*/comment",
                "motor/task/*/attachment", "motor/process-definition", "motor/process-definition/count",
                "motor/process-definition/*", "motor/process-definition/*/xml", "motor/case-definition",
                "motor/decision-definition", "motor/history/user-operation", "motor/history/identity-link-log",
                "motor/authorization/check", "tasklist/plugin/**")) {
            roller(r, "GET", sti, OPPGAVER, Vilkar.INGEN);
        }
        for (String sti : List.of("motor/filter/*/list", "motor/filter/*/count", "motor/task", "motor/task/count")) {
            roller(r, "POST", sti, OPPGAVER, Vilkar.INGEN);
        }
        // Tasklist asks which filter actions exist (the answer lists links, it changes nothing).
        roller(r, "OPTIONS", "motor/filter", OPPGAVER, Vilkar.INGEN);
        roller(r, "POST", "motor/task/*/claim", OPPGAVER, Vilkar.TA_SELV);
        roller(r, "POST", "motor/task/*/assignee", OPPGAVER, Vilkar.TILDEL);
        roller(r, "POST", "motor/task/*/unclaim", OPPGAVER, Vilkar.FRIGI);
        roller(r, "POST", "motor/task/*/complete", OPPGAVER, Vilkar.SKJEMA);
        roller(r, "POST", "motor/task/*/submit-form", OPPGAVER, Vilkar.SKJEMA);

        // Cockpit for the process owner: everything it reads, nothing it changes. Reads are GET, except the
        // queries below, which Cockpit sends as POST with the query in the body.
        roller(r, "GET", "motor/**", LESERE, Vilkar.INGEN);
        roller(r, "GET", "cockpit/**", LESERE, Vilkar.INGEN);
        roller(r, "POST", "cockpit/plugin/*/*/process-instance", LESERE, Vilkar.INGEN);
        roller(r, "POST", "cockpit/plugin/*/*/process-instance/count", LESERE, Vilkar.INGEN);
        roller(r, "POST", "cockpit/plugin/*/*/incident", LESERE, Vilkar.INGEN);
        roller(r, "POST", "cockpit/plugin/*/*/incident/count", LESERE, Vilkar.INGEN);
        for (String sporring : List.of("process-instance", "execution", "task", "variable-instance", "job",
                "job-definition", "external-task", "incident", "history/process-instance",
                "history/activity-instance", "history/task", "history/variable-instance", "history/detail",
                "history/job-log", "history/incident", "history/decision-instance", "history/user-operation",
                // the Human Tasks page groups open tasks by candidate group: a query (creating is POST group/create)
                "group")) {
            roller(r, "POST", "motor/" + sporring, LESERE, Vilkar.INGEN);
            roller(r, "POST", "motor/" + sporring + "/count", LESERE, Vilkar.INGEN);
        }
        return List.copyOf(r);
    }

    private static void anonym(List<Regel> r, String metode, String monster) {
        r.add(new Regel(metode, monster, true, true, EnumSet.allOf(Rolle.class), Vilkar.INGEN));
    }

    private static void alle(List<Regel> r, String metode, String monster, Vilkar vilkar) {
        r.add(new Regel(metode, monster, false, true, EnumSet.allOf(Rolle.class), vilkar));
    }

    private static void roller(List<Regel> r, String metode, String monster, Set<Rolle> roller, Vilkar vilkar) {
        r.add(new Regel(metode, monster, false, false, roller, vilkar));
    }
}
