package no.oppfolgingsflyt.sykefravaer.mottak;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sykmeldinger")
public class SykmeldingController {

    private final SykmeldingValidering validering;
    private final SykmeldingMottak mottak;

    public SykmeldingController(SykmeldingValidering validering, SykmeldingMottak mottak) {
        this.validering = validering;
        this.mottak = mottak;
    }

    /** 201 when a new case was started, 200 otherwise (extension, repeat delivery, ended tilfelle). */
    @PostMapping
    public ResponseEntity<Kvittering> motta(@RequestBody SykmeldingInn sykmelding) {
        validering.valider(sykmelding);
        Kvittering k = mottak.motta(sykmelding);
        return ResponseEntity.status(k.resultat() == Kvittering.Resultat.NY_SAK ? HttpStatus.CREATED : HttpStatus.OK)
                .body(k);
    }
}
