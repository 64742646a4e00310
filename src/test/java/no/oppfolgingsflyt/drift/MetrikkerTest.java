package no.oppfolgingsflyt.drift;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.demo.DemoBrukere;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /actuator/prometheus: never open, only for the group drift, and it lists the application's gauges. */
@AppTest
class MetrikkerTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;
    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void baredriftSerMetrikkene() {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        String ref = forlop.motta(sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, true)).saksreferanse();
        forlop.kjorTil(forlop.sak(ref).processInstanceId(), LocalDate.parse("2025-03-03"));
        String lukket = forlop.motta(sykmelding(Testdata.fnr(), "2025-02-03", "2025-12-31", 100, true))
                .saksreferanse();
        forlop.somMottak(() -> handlinger.friskmelding(lukket, LocalDate.parse("2025-03-04")));

        // TilgangTest tries a wrong password on prosesseier on purpose, which delays its next logins
        identity.unlockUser("prosesseier");
        ResponseEntity<String> uten = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(uten.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(uten.getBody()).doesNotContain("oppfolgingsflyt_");
        ResponseEntity<String> feilGruppe = http.withBasicAuth("prosesseier", DemoBrukere.PASSORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(feilGruppe.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(feilGruppe.getBody()).doesNotContain("oppfolgingsflyt_");

        ResponseEntity<String> svar = http.withBasicAuth("drift", DemoBrukere.PASSORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(svar.getBody()).contains(
                "oppfolgingsflyt_oppgaver_apne{enhet=\"0301\",oppgave=\"Task_VurderAktivitetskrav\"}",
                "oppfolgingsflyt_oppgaver_forfalte{enhet=\"0301\",oppgave=\"Task_VurderAktivitetskrav\"}",
                "oppfolgingsflyt_varsler{status=", "oppfolgingsflyt_hendelser_apne ", "oppfolgingsflyt_jobber_forfalt ",
                "oppfolgingsflyt_jobber_utfort_total", "oppfolgingsflyt_sykmeldinger_mottatt_total",
                "oppfolgingsflyt_saker_startet_total", "oppfolgingsflyt_saker_avsluttet_total{grunn=\"FRISKMELDT\"}");
        // the other actuator endpoints stay unexposed
        assertThat(http.withBasicAuth("drift", DemoBrukere.PASSORD).getForEntity("/actuator/env", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
