package no.oppfolgingsflyt.sykefravaer.mottak;

import no.oppfolgingsflyt.felles.Personlaas;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sykmeldinger")
public class SykmeldingController {

    private final SykmeldingValidering validering;
    private final SykmeldingMottak mottak;
    private final Personlaas laas;

    public SykmeldingController(SykmeldingValidering validering, SykmeldingMottak mottak, Personlaas laas) {
        this.validering = validering;
        this.mottak = mottak;
        this.laas = laas;
    }

    /**
     * 201 when a new case was started, 200 otherwise (extension, repeat delivery, ended tilfelle). One person's
     * sykmeldinger are received one at a time, so every copy of a repeated one gets the same answer.
     */
    @PostMapping
    public ResponseEntity<Kvittering> motta(@RequestBody SykmeldingInn sykmelding) {
        validering.valider(sykmelding);
        Kvittering k = laas.forPerson(sykmelding.fnr(), () -> mottak.motta(sykmelding));
        return ResponseEntity.status(k.resultat() == Kvittering.Resultat.NY_SAK ? HttpStatus.CREATED : HttpStatus.OK)
                .body(k);
    }

    /** The sender annulled the sykmelding: 204, also when it was annulled before; 404 when it is unknown. */
    @DeleteMapping("/{sykmeldingId}")
    public ResponseEntity<Void> annuller(@PathVariable String sykmeldingId) {
        String fnr = mottak.personFor(sykmeldingId);
        laas.forPerson(fnr, () -> mottak.annuller(sykmeldingId));
        return ResponseEntity.noContent().build();
    }
}
