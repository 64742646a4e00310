package no.oppfolgingsflyt.sykefravaer.mottak;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The intake moves a case to another NAV office (the person moved, or the follow-up is handed over). */
@RestController
@RequestMapping("/api/saker/{saksreferanse}/enhet")
public class KontorController {

    public record NyEnhet(String enhet) {}

    private final Kontorflytting flytting;

    public KontorController(Kontorflytting flytting) {
        this.flytting = flytting;
    }

    @PutMapping
    public ResponseEntity<Void> flytt(@PathVariable String saksreferanse, @RequestBody NyEnhet ny) {
        flytting.flytt(saksreferanse, ny.enhet());
        return ResponseEntity.noContent().build();
    }
}
