package no.oppfolgingsflyt.sikkerhet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a user may do, derived from their Camunda groups; a user with several groups has several roles. */
public enum Rolle {
    /** Veileder at a NAV office: group {@code enhet<nr>}. */
    VEILEDER,
    /** Team lead at a NAV office ({@code teamleder<nr>}) or at NAV Arbeid og ytelser ({@code teamledernay}). */
    TEAMLEDER,
    /** Saksbehandler at NAV Arbeid og ytelser, who proposes AAP vedtak: group {@code nay}. */
    SAKSBEHANDLER,
    /** Approves AAP vedtak: group {@code beslutter}. */
    BESLUTTER,
    /** Process owner: reads everything, changes nothing. */
    PROSESSEIER,
    /** Systems that deliver sykmeldinger and answers through the application API; nothing in the engine. */
    MOTTAK,
    /** Administrators: everything. */
    ADMIN;

    /** The roles whose users work tasks in Tasklist. */
    public static final Set<Rolle> OPPGAVEBEHANDLERE = EnumSet.of(VEILEDER, TEAMLEDER, SAKSBEHANDLER, BESLUTTER);

    public static Set<Rolle> fraGrupper(Collection<String> grupper) {
        Set<Rolle> roller = EnumSet.noneOf(Rolle.class);
        for (String g : grupper) {
            if (g.matches("enhet\\d{4}")) {
                roller.add(VEILEDER);
            } else if (g.matches("teamleder\\d{4}") || g.equals(Grupper.TEAMLEDER_NAY)) {
                roller.add(TEAMLEDER);
            } else if (g.equals(Grupper.NAY)) {
                roller.add(SAKSBEHANDLER);
            } else if (g.equals(Grupper.BESLUTTER)) {
                roller.add(BESLUTTER);
            } else if (g.equals(Grupper.PROSESSEIER)) {
                roller.add(PROSESSEIER);
            } else if (g.equals(Grupper.MOTTAK)) {
                roller.add(MOTTAK);
            } else if (g.equals(Grupper.ADMIN)) {
                roller.add(ADMIN);
            }
        }
        return roller;
    }
}
