package no.oppfolgingsflyt.sikkerhet;

import no.oppfolgingsflyt.felles.Format;
import org.springframework.stereotype.Component;

/**
 * The Camunda group ids the system relies on. Veiledere and team leads are grouped per NAV office (enhet), so a
 * task whose candidate group is {@code enhet0301} is visible to the veiledere of NAV-kontor 0301 only.
 * Exposed as the bean {@code grupper} so BPMN models can write {@code ${grupper.veiledere(enhet)}}.
 */
@Component("grupper")
public class Grupper {

    public static final String PROSESSEIER = "prosesseier";
    public static final String BESLUTTER = "beslutter";
    /** Systems (and people) allowed to deliver sykmeldinger and employer answers through the API. */
    public static final String MOTTAK = "mottak";
    public static final String ADMIN = "camunda-admin";
    /** The national benefits unit (NAV Arbeid og ytelser) that decides AAP. */
    public static final String NAY = "nay";
    public static final String TEAMLEDER_NAY = "teamledernay";

    public static String veiledereFor(String enhet) {
        return "enhet" + gyldigEnhet(enhet);
    }

    public static String teamledereFor(String enhet) {
        return "teamleder" + gyldigEnhet(enhet);
    }

    /** The team lead group that overdue tasks of this candidate group escalate to. */
    public static String teamlederFor(String kandidatgruppe) {
        if (kandidatgruppe.startsWith("enhet")) {
            return teamledereFor(kandidatgruppe.substring("enhet".length()));
        }
        return TEAMLEDER_NAY;
    }

    public String veiledere(String enhet) {
        return veiledereFor(enhet);
    }

    public String teamledere(String enhet) {
        return teamledereFor(enhet);
    }

    private static String gyldigEnhet(String enhet) {
        if (!Format.erEnhet(enhet)) {
            throw new IllegalArgumentException("enhet must be a NAV office number of four digits");
        }
        return enhet;
    }
}
