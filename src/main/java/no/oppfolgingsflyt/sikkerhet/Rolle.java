package no.oppfolgingsflyt.sikkerhet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user may do, read from their Camunda groups ({@link Grupper}); a user with several groups has several roles.
 * One table per API says what each role may call: the application API's {@code api.Tilgangstabell} and the
 * engine's {@code sikkerhet.motor.MotorApiRegler}. Veiledere and team leads work for an office and see that office's
 * cases only; the other roles are national.
 */
public enum Rolle {

    /** Every logged-in user, whatever their groups (to ask who they are logged in as). */
    INNLOGGET(false),
    /** Group {@code enhet<nr>}. */
    VEILEDER(false),
    /** Group {@code teamleder<nr>}, or {@code teamledernay} (team lead at NAV Arbeid og ytelser, no office). */
    TEAMLEDER(false),
    /** Group {@code prosesseier}: follows every case, changes nothing. */
    PROSESSEIER(true),
    /** Group {@code mottak}: the systems that deliver sykmeldinger, answers and recipients. */
    MOTTAK(true),
    /** Group {@code nay}: NAV Arbeid og ytelser, decides AAP. */
    SAKSBEHANDLER(true),
    /** Group {@code beslutter}: approves AAP vedtak. */
    BESLUTTER(true),
    /** Group {@code camunda-admin}. */
    ADMIN(true);

    /** The roles whose users work tasks in Tasklist. */
    public static final Set<Rolle> OPPGAVEBEHANDLERE = EnumSet.of(VEILEDER, TEAMLEDER, SAKSBEHANDLER, BESLUTTER);

    private static final Pattern VEILEDERGRUPPE = Pattern.compile("enhet\\d{4}");
    private static final Pattern TEAMLEDERGRUPPE = Pattern.compile("teamleder\\d{4}");

    private final boolean alleKontorer;

    Rolle(boolean alleKontorer) {
        this.alleKontorer = alleKontorer;
    }

    /** Whether the role reaches the cases of every office; false for office roles (and for a bare login). */
    public boolean alleKontorer() {
        return alleKontorer;
    }

    /** The roles of a logged-in user with these groups; always {@link #INNLOGGET}. */
    public static Set<Rolle> fra(Collection<String> grupper) {
        Set<Rolle> roller = EnumSet.of(INNLOGGET);
        for (String g : grupper) {
            if (VEILEDERGRUPPE.matcher(g).matches()) {
                roller.add(VEILEDER);
            } else if (TEAMLEDERGRUPPE.matcher(g).matches() || g.equals(Grupper.TEAMLEDER_NAY)) {
                roller.add(TEAMLEDER);
            } else if (g.equals(Grupper.PROSESSEIER)) {
                roller.add(PROSESSEIER);
            } else if (g.equals(Grupper.MOTTAK)) {
                roller.add(MOTTAK);
            } else if (g.equals(Grupper.NAY)) {
                roller.add(SAKSBEHANDLER);
            } else if (g.equals(Grupper.BESLUTTER)) {
                roller.add(BESLUTTER);
            } else if (g.equals(Grupper.ADMIN)) {
                roller.add(ADMIN);
            }
        }
        return roller;
    }
}
