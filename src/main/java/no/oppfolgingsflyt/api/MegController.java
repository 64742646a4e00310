package no.oppfolgingsflyt.api;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API sees: the logged-in user and the groups that decide what they may see. */
@RestController
@RequestMapping("/api/meg")
public class MegController {

    public record Meg(String brukerId, List<String> grupper) {}

    private final IdentityService identityService;

    public MegController(IdentityService identityService) {
        this.identityService = identityService;
    }

    @GetMapping
    public Meg meg() {
        Authentication auth = identityService.getCurrentAuthentication();
        return new Meg(auth.getUserId(), auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds()));
    }
}
