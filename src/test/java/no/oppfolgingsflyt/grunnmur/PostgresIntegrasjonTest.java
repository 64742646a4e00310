package no.oppfolgingsflyt.grunnmur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.time.LocalDate;
import no.oppfolgingsflyt.aap.AapController;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.aap.AapStart;
import java.util.List;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.felles.Testdatabase;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.TidslinjeTest;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine on the real PostgreSQL: it creates its schema in an empty database, deploys every model and runs a
 * case to its end. Outside CI the test is skipped when no PostgreSQL answers; under CI=true it always runs.
 */
// A second engine in the same JVM must not take the name "default", which the H2 tests' REST API looks up.
@SpringBootTest(properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles({"demo", "test", "postgres"})
class PostgresIntegrasjonTest {

    static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> url == null ? url = Testdatabase.klargjor("oppfolgingsflyt_pg") : url);
        registry.add("spring.datasource.username", () -> Testdatabase.BRUKER);
        registry.add("spring.datasource.password", () -> Testdatabase.PASSORD);
    }

    @BeforeAll
    static void tomDatabase() {
        url = Testdatabase.klargjor("oppfolgingsflyt_pg");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;
    @Autowired
    AapStart aapStart;
    @Autowired
    AapSakRepository aapSaker;
    @Autowired
    AapController aapApi;

    @Test
    void enginenLagerSkjemaDeployerModellerOgKjorerEnSakTilEnde() throws Exception {
        assertThat(jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        Integer tabeller = jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'public' and table_name like 'act_%'", Integer.class);
        assertThat(tabeller).isGreaterThan(40);

        RepositoryService repo = engine.getRepositoryService();
        var deployed = repo.createDeploymentQuery().list().stream()
                .flatMap(d -> repo.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();
        for (String fil : ModellerDeployesTest.filer("bpmn").toList()) {
            assertThat(deployed).anyMatch(n -> n.endsWith("/" + fil));
        }
        for (String fil : ModellerDeployesTest.filer("forms").toList()) {
            assertThat(deployed).anyMatch(n -> n.endsWith("/" + fil));
        }

        // A case through the intake, its timers run on PostgreSQL, a veileder vurdering, then friskmelding ends it.
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        try {
            String ref = forlop.motta(Saksforlop.sykmelding(Testdata.fnr(), "2025-01-06", "2025-06-30", 100, true))
                    .saksreferanse();
            String pid = forlop.sak(ref).processInstanceId();
            forlop.kjorTil(pid, LocalDate.parse("2025-03-03"));
            forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "OPPFYLT",
                    "aktivitetskravArsakOppfylt", "TILTAK", "aktivitetskravBeskrivelse", "Arbeidsrettet tiltak"));
            engine.getIdentityService().setAuthentication("mottak", List.of(Grupper.MOTTAK));
            try {
                handlinger.friskmelding(ref, LocalDate.parse("2025-03-10"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pid)
                    .singleResult().getEndTime()).isNotNull();
            assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("FRISKMELDT");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void arbeidsevnevurderingTilAapOgArbeidPaPostgres() {
        Saksforlop.idag(LocalDate.parse("2025-10-20"));
        try {
            String fnr = Testdata.fnr();
            String ref = aapStart.start(fnr, "0301", AapSak.Kilde.VEILEDER, null, false);
            String pid = aapSaker.finn(ref).orElseThrow().processInstanceId();
            var veileder = List.of("enhet0301");
            forlop.fullforSom("veileder0301", veileder, pid, "Task_Behovsvurdering", Map.of("behovsvurderingUtfall",
                    "BEHOV_FOR_ARBEIDSEVNEVURDERING", "behovsvurderingBegrunnelse", "Samtale"));
            forlop.somMottak(() -> {
                aapApi.egenvurdering(ref);
                aapApi.legeerklaering(ref);
            });
            forlop.fullforSom("veileder0301", veileder, pid, "Task_Arbeidsevnevurdering", Map.of("nedsattArbeidsevne",
                    true, "arbeidsevneReduksjon", 70L, "sykdomHovedarsak", true, "behovEtterParagraf116", true,
                    "arbeidsevneBegrunnelse", "Vurdert"));
            forlop.fullforSom("teamleder0301", List.of("enhet0301", "teamleder0301"), pid, "Task_Kvalitetssikre",
                    Map.of("kvalitetssikringUtfall", "GODKJENT"));
            forlop.fullforSom("saksbehandler", List.of("nay"), pid, "Task_AapVedtak", Map.of("aapVedtakUtfall",
                    "INNVILGET", "aapVedtakBegrunnelse", "Vilkårene er oppfylt"));
            forlop.fullforSom("beslutter", List.of("beslutter"), pid, "Task_BeslutteAap", Map.of("beslutningUtfall",
                    "GODKJENT"));
            forlop.kjorTil(pid, LocalDate.parse("2028-08-25"));
            forlop.fullfor(pid, "Task_RevurderAap", Map.of("revurderingUtfall", "ARBEID"));
            assertThat(aapSaker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("ARBEID");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void indexesAndPlannerSettingsForJobAcquisitionAndTasklist() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForList("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where c.relname like 'oppf_%' and i.indisvalid", String.class))
                .containsExactlyInAnyOrder("oppf_idx_job_duedate", "oppf_idx_job_lock_exp_time");
        assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'",
                String.class)).isEqualTo("10");
    }

    @Test
    void anInvalidIndexLeftByAnInterruptedBuildIsRebuilt(@Autowired no.oppfolgingsflyt.drift.PostgresTuning tuning) {
        jdbc.update("update pg_index set indisvalid = false where indexrelid = 'oppf_idx_job_duedate'::regclass");
        tuning.opprett();
        assertThat(jdbc.queryForObject("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where c.relname = 'oppf_idx_job_duedate'", Boolean.class)).isTrue();
    }

    @Test
    void helt52UkersForlopPaPostgres() {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        try {
            TidslinjeTest.helt52UkersForlop(engine, forlop);
        } finally {
            ClockUtil.reset();
        }
    }
}
