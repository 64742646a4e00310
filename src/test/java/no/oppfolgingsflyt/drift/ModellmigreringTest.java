package no.oppfolgingsflyt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.aap.AapController;
import no.oppfolgingsflyt.aap.AapForlop;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A model changed under running cases: cases started on the previous version of the running AAP period (version tag
 * 1, before the join gateway in front of «Vent på meldekort») are moved to the current one (tag 2) by its migration
 * plan, and go on there: a meldekort is received and the next one awaited.
 */
@AppTest
class ModellmigreringTest {

    static final String NOKKEL = "aap-lopende-periode";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Modellmigrering migrering;
    @Autowired
    Saksforlop forlop;
    @Autowired
    AapStart start;
    @Autowired
    AapSakRepository saker;
    @Autowired
    AapController api;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    AapForlop aapForlop;

    @AfterEach
    void etter() {
        ClockUtil.reset();
        // the current model is the newest again for every test after this one
        engine.getRepositoryService().createDeployment().name("gjeldende").enableDuplicateFiltering(false)
                .addClasspathResource("bpmn/aap-lopende-periode.bpmn").deploy();
    }

    @Test
    void lopendeSakerFlyttesTilDenNyeModellenOgFortsetter() {
        engine.getRepositoryService().createDeployment().name("forrige").enableDuplicateFiltering(false)
                .addClasspathResource("modeller/aap-lopende-periode-v1.bpmn").deploy();
        Saksforlop.idag(LocalDate.parse("2025-10-20"));
        String ref = tilLopendePeriode();
        ProcessInstance periode = periode(ref);
        assertThat(definisjon(periode).getVersionTag()).isEqualTo("1");

        engine.getRepositoryService().createDeployment().name("ny").enableDuplicateFiltering(false)
                .addClasspathResource("bpmn/aap-lopende-periode.bpmn").deploy();
        int flyttet = migrering.migrer(Modellmigrering.ENDRINGER.get(0));

        assertThat(flyttet).isPositive();
        ProcessInstance etter = periode(ref);
        assertThat(etter.getId()).isEqualTo(periode.getId());
        assertThat(definisjon(etter).getVersionTag()).isEqualTo("2");
        assertThat(engine.getRuntimeService().getActiveActivityIds(etter.getId())).contains("Gateway_VentMeldekort");
        // The case goes on on the new model: a meldekort, through the new join, back to waiting for the next.
        forlop.somMottak(() -> api.meldekort(ref));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(etter.getId())
                .activityId("Gateway_NyMeldekortperiode").count()).isPositive();
        assertThat(engine.getRuntimeService().getActiveActivityIds(etter.getId())).contains("Gateway_VentMeldekort");
    }

    ProcessDefinition definisjon(ProcessInstance p) {
        return engine.getRepositoryService().getProcessDefinition(p.getProcessDefinitionId());
    }

    ProcessInstance periode(String ref) {
        String pid = saker.finn(ref).orElseThrow().processInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pid).singleResult();
    }

    /** An AAP case of 0301 assessed, approved and granted: its running period has started. */
    String tilLopendePeriode() {
        String fnr = Testdata.fnr();
        mottakere.settKontaktinfo(fnr, "person@example.org");
        String ref = start.start(fnr, "0301", AapSak.Kilde.VEILEDER, null, true);
        aapForlop.tilLopendePeriode(ref);
        return ref;
    }
}
