package no.oppfolgingsflyt.drift;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.oppfolgingsflyt.felles.Datoer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Operations' metrics at /actuator/prometheus. Gauges: open and overdue tasks by task type and office, varsler by
 * status, open incidents, jobs due. Counters: jobs executed (the engine's own count), sykmeldinger received, cases
 * started, cases closed by reason. The counters are totals read from the database, so they survive a restart and
 * agree between nodes (each node reports the same total: sum nothing across instances). Read when Prometheus scrapes,
 * at most every {@link #MINSTE_INTERVALL_MS} ms; a few grouped queries, never per case.
 */
@Component
public class Metrikker {

    static final long MINSTE_INTERVALL_MS = 10_000;

    private final JdbcTemplate jdbc;
    private final ManagementService management;
    private final MeterRegistry registry;
    private final MultiGauge apneOppgaver;
    private final MultiGauge forfalteOppgaver;
    private final MultiGauge varsler;
    private final AtomicLong hendelser = new AtomicLong();
    private final AtomicLong jobberForfalt = new AtomicLong();
    private final Map<String, AtomicLong> avsluttet = new ConcurrentHashMap<>();
    private volatile long sistLest;

    public Metrikker(JdbcTemplate jdbc, ProcessEngine engine, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.management = engine.getManagementService();
        this.registry = registry;
        apneOppgaver = MultiGauge.builder("oppfolgingsflyt.oppgaver.apne")
                .description("Åpne oppgaver per oppgavetype og NAV-kontor").register(registry);
        forfalteOppgaver = MultiGauge.builder("oppfolgingsflyt.oppgaver.forfalte")
                .description("Oppgaver med passert frist per oppgavetype og NAV-kontor").register(registry);
        varsler = MultiGauge.builder("oppfolgingsflyt.varsler").description("Varsler per status").register(registry);
        Gauge.builder("oppfolgingsflyt.hendelser.apne", hendelser, AtomicLong::get)
                .description("Åpne incidents i prosessmotoren").register(registry);
        Gauge.builder("oppfolgingsflyt.jobber.forfalt", jobberForfalt, AtomicLong::get)
                .description("Jobber som er forfalt og venter på å kjøres").register(registry);
        FunctionCounter.builder("oppfolgingsflyt.jobber.utfort", management, m -> m.createMetricsQuery()
                .name(Metrics.JOB_SUCCESSFUL).sum()).description("Jobber utført (prosessmotorens tall)")
                .register(registry);
        FunctionCounter.builder("oppfolgingsflyt.sykmeldinger.mottatt", jdbc, j -> antall(j,
                "select count(*) from sykmelding")).description("Sykmeldinger mottatt").register(registry);
        FunctionCounter.builder("oppfolgingsflyt.saker.startet", jdbc, j -> antall(j, "select count(*) from sak"))
                .description("Sykefraværssaker startet").register(registry);
    }

    private static double antall(JdbcTemplate jdbc, String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** Reads the gauges, unless it was done a moment ago. */
    public synchronized void oppdater() {
        long naa = System.currentTimeMillis();
        if (naa - sistLest < MINSTE_INTERVALL_MS) {
            return;
        }
        sistLest = naa;
        Timestamp tid = Timestamp.valueOf(Datoer.naa());
        List<MultiGauge.Row<?>> apne = new ArrayList<>();
        List<MultiGauge.Row<?>> forfalte = new ArrayList<>();
        jdbc.query("select t.task_def_key_, coalesce(s.enhet, a.enhet, 'ukjent'), count(*), "
                + "sum(case when t.due_date_ < ? then 1 else 0 end) from act_ru_task t "
                + "join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "left join sak s on s.saksreferanse = e.business_key_ "
                + "left join aap_sak a on a.saksreferanse = e.business_key_ "
                + "group by t.task_def_key_, coalesce(s.enhet, a.enhet, 'ukjent')", rs -> {
                    Tags tags = Tags.of("oppgave", String.valueOf(rs.getString(1)), "enhet", rs.getString(2));
                    apne.add(MultiGauge.Row.of(tags, rs.getLong(3)));
                    forfalte.add(MultiGauge.Row.of(tags, rs.getLong(4)));
                }, tid);
        apneOppgaver.register(apne, true);
        forfalteOppgaver.register(forfalte, true);
        List<MultiGauge.Row<?>> v = new ArrayList<>();
        jdbc.query("select status, count(*) from varsel group by status",
                rs -> { v.add(MultiGauge.Row.of(Tags.of("status", rs.getString(1)), rs.getLong(2))); });
        varsler.register(v, true);
        hendelser.set(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class));
        jobberForfalt.set(jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 "
                + "and (duedate_ is null or duedate_ <= ?) and suspension_state_ = 1", Long.class, tid));
        jdbc.query("select coalesce(avsluttet_grunn, 'UKJENT'), count(*) from sak where status = 'AVSLUTTET' "
                + "group by coalesce(avsluttet_grunn, 'UKJENT')", rs -> {
                    String grunn = rs.getString(1);
                    avsluttet.computeIfAbsent(grunn, g -> {
                        AtomicLong teller = new AtomicLong();
                        FunctionCounter.builder("oppfolgingsflyt.saker.avsluttet", teller, AtomicLong::get)
                                .description("Sykefraværssaker avsluttet, per grunn").tag("grunn", g)
                                .register(registry);
                        return teller;
                    }).set(rs.getLong(2));
                });
    }
}
