package no.oppfolgingsflyt.api;

import java.util.List;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who may use which part of the application API, from the groups of the user the request logged in as. */
@Component
public class Tilgangskontroll {

    private final IdentityService identityService;

    public Tilgangskontroll(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Delivering sykmeldinger and answers from employers and employees: systems in the group "mottak". */
    public void krevMottak() {
        if (!harGruppe(Grupper.MOTTAK) && !harGruppe(Grupper.ADMIN)) {
            throw new IngenTilgang("Only members of the group '" + Grupper.MOTTAK + "' may deliver to this endpoint");
        }
    }

    /** Work on a case: veiledere and team leads of the case's office. */
    public void krevKontor(String enhet) {
        if (!harGruppe(Grupper.veiledereFor(enhet)) && !harGruppe(Grupper.teamledereFor(enhet))
                && !harGruppe(Grupper.ADMIN)) {
            throw new IngenTilgang("The case belongs to NAV office " + enhet + ", which you do not work for");
        }
    }

    /** Reading a case: its office, the intake systems and process owners. */
    public void krevLesetilgang(String enhet) {
        if (harGruppe(Grupper.MOTTAK) || harGruppe(Grupper.PROSESSEIER)) {
            return;
        }
        krevKontor(enhet);
    }

    private boolean harGruppe(String gruppe) {
        Authentication a = identityService.getCurrentAuthentication();
        List<String> grupper = a == null || a.getGroupIds() == null ? List.of() : a.getGroupIds();
        return grupper.contains(gruppe);
    }
}
