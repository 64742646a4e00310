package no.oppfolgingsflyt.sikkerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * «Eskalert til meg» is not only for the team lead groups that existed at startup: a group created later (in Admin)
 * gets the filter when the first task is escalated to it, and sees that task in it.
 */
@AppTest
class EskaleringsfilterTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;

    @AfterEach
    void klokke() {
        ClockUtil.reset();
    }

    @Test
    void teamledergruppeOpprettetEtterOppstartSerSineEskaleringer() {
        identity.saveGroup(identity.newGroup("enhet1505"));
        identity.saveGroup(identity.newGroup("teamleder1505"));
        User tl = identity.newUser("tl1505");
        tl.setPassword("hemmelig-1505");
        identity.saveUser(tl);
        identity.createMembership("tl1505", "teamleder1505");
        identity.createMembership("tl1505", "enhet1505");
        TestRestTemplate som = http.withBasicAuth("tl1505", "hemmelig-1505");
        assertThat(som.getForObject("/engine-rest/filter", JsonNode.class).findValuesAsText("name"))
                .as("no escalation yet").doesNotContain(Tilganger.FILTER_ESKALERT);

        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        var sm = Saksforlop.sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, true);
        String ref = forlop.motta(new SykmeldingInn(sm.sykmeldingId(), sm.fnr(), sm.perioder(), sm.orgnummer(),
                sm.naermesteLeder(), sm.sykmelder(), "1505")).saksreferanse();
        forlop.somMottak(() -> {
            handlinger.arbeidsgiverBekrefter(ref, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                    SakHandlinger.Bekreftelse.UTARBEIDET, null);
            handlinger.arbeidsgiverBekrefter(ref, SakHandlinger.Plikt.DIALOGMOTE1,
                    SakHandlinger.Bekreftelse.GJENNOMFORT, null);
        });
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-16"));
        String oppgave = forlop.oppgave(pid, "Task_VurderAktivitetskrav").getId();
        ClockUtil.reset();

        JsonNode filtre = som.getForObject("/engine-rest/filter", JsonNode.class);
        String filterId = null;
        for (JsonNode f : filtre) {
            if (f.get("name").asText().equals(Tilganger.FILTER_ESKALERT)) {
                filterId = f.get("id").asText();
            }
        }
        assertThat(filterId).as("the new team lead group sees «Eskalert til meg»").isNotNull();
        JsonNode liste = som.postForObject("/engine-rest/filter/" + filterId + "/list", Map.of(), JsonNode.class);
        assertThat(liste.findValuesAsText("id")).contains(oppgave);
        // and a veileder of the office still does not see the filter
        identity.saveUser(bruker("v1505"));
        identity.createMembership("v1505", "enhet1505");
        assertThat(http.withBasicAuth("v1505", "hemmelig-1505").getForObject("/engine-rest/filter", JsonNode.class)
                .findValuesAsText("name")).doesNotContain(Tilganger.FILTER_ESKALERT);
    }

    User bruker(String id) {
        User u = identity.newUser(id);
        u.setPassword("hemmelig-1505");
        return u;
    }
}
