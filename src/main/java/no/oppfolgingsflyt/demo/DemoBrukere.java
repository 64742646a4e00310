package no.oppfolgingsflyt.demo;

import java.util.List;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users and groups for the local demo profile only. Every demo user has the password {@value #PASSORD}
 * (listed in README.md). On a real installation users and groups are managed in Camunda Admin.
 */
@Component
@Profile("demo")
public class DemoBrukere {

    public static final String PASSORD = "demo";

    record Bruker(String id, String fornavn, String etternavn, List<String> grupper) {}

    record Gruppe(String id, String navn) {}

    static final List<Gruppe> GRUPPER = List.of(
            new Gruppe(Grupper.veiledereFor("0301"), "Veiledere NAV Grünerløkka (0301)"),
            new Gruppe(Grupper.teamledereFor("0301"), "Teamledere NAV Grünerløkka (0301)"),
            new Gruppe(Grupper.veiledereFor("4601"), "Veiledere NAV Bergenhus (4601)"),
            new Gruppe(Grupper.teamledereFor("4601"), "Teamledere NAV Bergenhus (4601)"),
            new Gruppe(Grupper.BESLUTTER, "Besluttere"),
            new Gruppe(Grupper.NAY, "NAV Arbeid og ytelser (AAP)"),
            new Gruppe(Grupper.TEAMLEDER_NAY, "Teamledere NAV Arbeid og ytelser"),
            new Gruppe(Grupper.PROSESSEIER, "Prosesseiere"),
            new Gruppe(Grupper.MOTTAK, "Mottak av sykmeldinger og svar (systembrukere)"),
            new Gruppe(no.oppfolgingsflyt.drift.Metrikktilgang.DRIFT, "Drift (metrikker)"));

    static final List<Bruker> BRUKERE = List.of(
            new Bruker("veileder0301", "Vera", "Veileder", List.of(Grupper.veiledereFor("0301"))),
            new Bruker("veileder4601", "Viktor", "Veileder", List.of(Grupper.veiledereFor("4601"))),
            new Bruker("teamleder0301", "Tone", "Teamleder",
                    List.of(Grupper.teamledereFor("0301"), Grupper.veiledereFor("0301"))),
            new Bruker("beslutter", "Bjørn", "Beslutter", List.of(Grupper.BESLUTTER)),
            new Bruker("saksbehandler", "Siri", "Saksbehandler", List.of(Grupper.NAY)),
            new Bruker("prosesseier", "Pia", "Prosesseier", List.of(Grupper.PROSESSEIER)),
            new Bruker("mottak", "Mottak", "System", List.of(Grupper.MOTTAK)),
            new Bruker("drift", "Drift", "Overvåking", List.of(no.oppfolgingsflyt.drift.Metrikktilgang.DRIFT)));

    private final IdentityService identityService;

    public DemoBrukere(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Order(-10)
    @EventListener(ApplicationReadyEvent.class)
    public void opprett() {
        for (Gruppe g : GRUPPER) {
            if (identityService.createGroupQuery().groupId(g.id()).count() == 0) {
                Group group = identityService.newGroup(g.id());
                group.setName(g.navn());
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        }
        for (Bruker b : BRUKERE) {
            if (identityService.createUserQuery().userId(b.id()).count() > 0) {
                continue;
            }
            User user = identityService.newUser(b.id());
            user.setFirstName(b.fornavn());
            user.setLastName(b.etternavn());
            user.setEmail(b.id() + "@demo.oppfolgingsflyt.local");
            user.setPassword(PASSORD);
            identityService.saveUser(user);
            b.grupper().forEach(g -> identityService.createMembership(b.id(), g));
        }
    }
}
