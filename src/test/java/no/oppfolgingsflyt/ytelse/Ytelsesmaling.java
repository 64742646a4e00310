package no.oppfolgingsflyt.ytelse;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.oppfolgingsflyt.OppfolgingsflytApplication;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.TestPostkasse;
import no.oppfolgingsflyt.felles.Testdata;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national-volume benchmark (docs/benchmark.md). Runs N synthetic tilfeller through the real intake API and the
 * real sykefravær process on PostgreSQL with the job executor running, case durations drawn to follow Tabell 4.2 of
 * seed 004, and the engine clock moved a day at a time so 52 weeks pass in minutes. Measures a one-timer baseline on
 * the same database first. Usage (see docs/benchmark.md):
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=no.oppfolgingsflyt.ytelse.Ytelsesmaling \
 *   -Dexec.classpathScope=test -Dexec.args="10000"</pre>
 *
 * Extra arguments are passed to the application, e.g. {@code --camunda.bpm.job-execution.core-pool-size=2}.
 */
public final class Ytelsesmaling {

    /** Tabell 4.2: cases passing each week, of those passing week 4. */
    static final int[] UKER = {4, 7, 8, 9, 12, 26, 39, 52};
    static final double[] ANDEL = {1.0, 232_400 / 326_500.0, 214_100 / 326_500.0, 159_600 / 326_500.0,
            139_700 / 326_500.0, 83_000 / 326_500.0, 56_400 / 326_500.0, 45_000 / 326_500.0};
    static final LocalDate FORSTE_START = LocalDate.parse("2025-01-06");
    static final String DB = "oppfolgingsflyt_benchmark";
    static final String SERVER = System.getProperty("db.server", "jdbc:postgresql://127.0.0.1:5432/");

    record Tilfelle(String fnr, LocalDate start, LocalDate sisteSykedag) {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> ekstra = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        tomDatabase();
        new TestPostkasse(); // GreenMail on 127.0.0.1, a free port: a real SMTP server that keeps what it receives
        ClockUtil.setCurrentTime(Datoer.tidspunkt(LocalDateTime.parse("2025-02-03T09:00")));
        List<String> argumenter = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + SERVER + DB, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--camunda.bpm.admin-user.password=benchmark",
                "--oppfolgingsflyt.demo.saker=false", "--oppfolgingsflyt.varsel.demo-postkasse=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestPostkasse.port(), "--logging.level.root=warn",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=error", "--spring.main.banner-mode=off"));
        argumenter.addAll(ekstra);
        ConfigurableApplicationContext app;
        try {
            app = new SpringApplicationBuilder(OppfolgingsflytApplication.class).profiles("demo", "postgres")
                    .run(argumenter.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("The application did not start: " + e.getMessage());
            System.exit(1); // the SMTP server's threads would keep the JVM alive
            return;
        }
        try {
            kjor(app, n, ekstra);
        } finally {
            app.close();
            ClockUtil.reset();
        }
        System.exit(0);
    }

    static void kjor(ConfigurableApplicationContext app, int n, List<String> ekstra) throws Exception {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Map<String, String> tall = new LinkedHashMap<>();
        tall.put("N", String.valueOf(n));
        tall.put("innstillinger", ekstra.isEmpty() ? "standard" : String.join(" ", ekstra));

        // 1. Baseline: the bare engine, a one-timer process, N instances, on the same database.
        engine.getRepositoryService().createDeployment().name("baseline").addModelInstance("baseline.bpmn",
                Bpmn.createExecutableProcess("baseline").camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent()
                        .timerWithDate("${frist}").endEvent().done()).deploy();
        var frist = Datoer.tidspunkt(LocalDateTime.parse("2025-02-03T10:00"));
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("baseline", Map.of("frist", frist));
        }
        long t0 = System.nanoTime();
        flyttKlokke(engine, LocalDateTime.parse("2025-02-03T10:01"));
        double baselineSek = (System.nanoTime() - t0) / 1e9;
        double baselineJobberPerSek = n / baselineSek;
        tall.put("baseline: jobber/s", String.format("%.0f", baselineJobberPerSek));

        // 2. Intake through the HTTP API, 8 clients at once.
        Random tilfeldig = new Random(42);
        List<Tilfelle> tilfeller = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate s = FORSTE_START.plusDays(tilfeldig.nextInt(28));
            tilfeller.add(new Tilfelle(Testdata.fnr(), s, s.plusDays(sisteSykedag(tilfeldig.nextDouble()))));
        }
        HttpClient klient = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("mottak:demo".getBytes(StandardCharsets.UTF_8));
        List<Long> latens = Collections.synchronizedList(new ArrayList<>());
        ExecutorService klienter = Executors.newFixedThreadPool(8);
        long inntakStart = System.nanoTime();
        List<Future<Integer>> svar = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tilfelle t = tilfeller.get(i);
            String id = "BENCH-" + i;
            String kropp = sykmelding(id, t.fnr(), t.start(), forsteTom(t), i);
            svar.add(klienter.submit(() -> {
                long a = System.nanoTime();
                HttpResponse<String> r = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/sykmeldinger")).header("Authorization", auth).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString(kropp)).build(),
                        HttpResponse.BodyHandlers.ofString());
                latens.add(System.nanoTime() - a);
                return r.statusCode();
            }));
        }
        long feil = 0;
        List<Tilfelle> mottatt = new ArrayList<>();
        Map<Integer, Integer> statuser = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            int status = svar.get(i).get();
            statuser.merge(status, 1, Integer::sum);
            if (status == 201) {
                mottatt.add(tilfeller.get(i));
            } else {
                feil++;
            }
        }
        klienter.shutdown();
        if (feil > 0) { // every synthetic tilfelle is a new case; anything else means the test data is wrong
            System.err.println("Intake did not answer 201 Created for every case: " + statuser);
            app.close();
            System.exit(1);
        }
        double inntakSek = (System.nanoTime() - inntakStart) / 1e9;
        Collections.sort(latens);
        tall.put("inntak: saker/s", String.format("%.0f", n / inntakSek));
        tall.put("inntak: latens p50 (ms)", String.format("%.1f", latens.get(latens.size() / 2) / 1e6));
        tall.put("inntak: latens p99 (ms)", String.format("%.1f", latens.get((int) (latens.size() * 0.99)) / 1e6));
        tall.put("inntak: svar", statuser.toString());

        // -Daaret=false skips the year (steps 3 and 4): baseline, intake and Tasklist only, for quick comparisons.
        if (Boolean.parseBoolean(System.getProperty("aaret", "true"))) {
            // 3. The year passes, a day at a time, with the job executor running.
            long jobberFor = jobber(engine);
        // The year compresses a year of inserts into minutes; without autovacuum (off on some test servers) the
        // planner keeps the statistics of nearly empty tables and picks index plans that grow with the table.
        boolean autovacuum = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
        tall.put("autovacuum", autovacuum ? "på" : "av (kommandoen kjører ANALYZE hver simulerte uke)");
            long aarStart = System.nanoTime();
            // Extensions arrive a week before the current sykmelding runs out, through the same API.
            Map<Integer, LocalDate> dekketTil = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                dekketTil.put(i, forsteTom(tilfeller.get(i)));
            }
            long forlengelser = 0;
            for (LocalDate dag = LocalDate.parse("2025-02-04"); !dag.isAfter(LocalDate.parse("2026-02-20"));
                    dag = dag.plusDays(1)) {
                ClockUtil.setCurrentTime(Datoer.tidspunkt(dag.atTime(8, 0)));
                for (int i = 0; i < n; i++) {
                    Tilfelle t = tilfeller.get(i);
                    LocalDate til = dekketTil.get(i);
                    if (til.isBefore(t.sisteSykedag()) && !dag.isBefore(til.minusDays(7))) {
                        LocalDate nyTom = til.plusDays(SYKMELDING_DAGER);
                        nyTom = nyTom.isBefore(t.sisteSykedag()) ? nyTom : t.sisteSykedag();
                        String kropp = sykmelding("BENCH-" + i + "-" + til, t.fnr(), til.plusDays(1), nyTom, i);
                        HttpResponse<String> r = klient.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + port
                                + "/api/sykmeldinger")).header("Authorization", auth).header("Content-Type",
                                "application/json").POST(HttpRequest.BodyPublishers.ofString(kropp)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("Extension refused: " + r.body());
                        }
                        dekketTil.put(i, nyTom);
                        forlengelser++;
                    }
                }
                flyttKlokke(engine, dag.atTime(9, 0));
            if (!autovacuum && dag.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                jdbc.execute("analyze"); // what autovacuum keeps doing on a server where it is on
            }
            }
            tall.put("forlengelser levert", String.valueOf(forlengelser));
            double aarSek = (System.nanoTime() - aarStart) / 1e9;
            long jobberKjort = jobber(engine) - jobberFor;
            double vaareJobberPerSek = jobberKjort / aarSek;
            long sendt = jdbc.queryForObject("select count(*) from varsel where status = 'SENDT'", Long.class);
            tall.put("året: sekunder", String.format("%.0f", aarSek));
            tall.put("året: jobber kjørt", String.valueOf(jobberKjort));
            tall.put("sykefravær: jobber/s", String.format("%.0f", vaareJobberPerSek));
            tall.put("forhold sykefravær/baseline", String.format("%.2f", vaareJobberPerSek / baselineJobberPerSek));
            tall.put("varsler sendt", String.valueOf(sendt));
            tall.put("varsler sendt/s", String.format("%.1f", sendt / aarSek));
            var epost = new TestPostkasse().mottatt();
            java.util.Set<String> ider = new java.util.HashSet<>();
            for (var m : epost) {
                ider.add(m.getMessageID());
            }
            tall.put("e-post mottatt av SMTP (ulike Message-ID)", epost.size() + " (" + ider.size() + ")");
            Map<String, Integer> antall = new java.util.HashMap<>();
            for (var m : epost) {
                antall.merge(m.getMessageID(), 1, Integer::sum);
            }
            antall.forEach((id, k) -> {
                if (k > 1) {
                    String vid = id.replaceAll("<varsel-(\\d+)\\..*", "$1");
                    System.out.println("DOBBEL " + id + " " + jdbc.queryForMap("select * from varsel where id = ?",
                            Long.parseLong(vid)));
                }
            });
            long heap = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    heap += p.getPeakUsage().getUsed();
                }
            }
            tall.put("topp heap (MB)", String.valueOf(heap / 1024 / 1024));
            long dbStorrelse = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
            tall.put("database per sak (kB)", String.format("%.1f", dbStorrelse / 1024.0 / n));
            jdbc.query("select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace s"
                    + " on s.oid = c.relnamespace where s.nspname = 'public' and c.relkind = 'r'"
                    + " order by 2 desc limit 8", (org.springframework.jdbc.core.RowCallbackHandler) r ->
                    tall.put("  tabell " + r.getString(1) + " (kB per sak)", String.format("%.1f",
                            r.getLong(2) / 1024.0 / n)));

            // 4. Each milestone happened to exactly the cases the drawn durations say: a milestone happens to a case
            // still sick on its date (the wait "Sykmeldt på …" after its timer passes), and maksdato's timer fires
            // when the case is still open (it closes at the start of the 17th day after the last sick day).
            Map<String, Integer> milepaler = new LinkedHashMap<>();
            milepaler.put("Vent_SykmeldtStoppunkt", 8);
            milepaler.put("Vent_SykmeldtKandidat", 17);
            milepaler.put("Vent_SykmeldtUke26", 26);
            milepaler.put("Vent_Sykmeldt39Uker", 39);
            milepaler.put("Timer_Maksdato", 52);
            boolean alleStemmer = true;
            for (var m : milepaler.entrySet()) {
                int uke = m.getValue();
                // The last day of week N, except the dialogmøte-kandidat date: S + 119 days, as NAV counts it.
                long dag = m.getKey().equals("Vent_SykmeldtKandidat") ? 7L * uke : 7L * uke - 1;
                long syke = mottatt.stream().filter(t -> !t.sisteSykedag().isBefore(t.start().plusDays(dag)))
                        .count();
                boolean timer = m.getKey().startsWith("Timer_");
                long forventet = !timer ? syke : mottatt.stream().filter(t -> t.start().plusDays(dag)
                        .isBefore(t.sisteSykedag().plusDays(17))).count();
                // The timer and the closing of the case due at the same midnight: either may run first.
                long samtidig = !timer ? 0 : mottatt.stream().filter(t -> t.start().plusDays(dag)
                        .equals(t.sisteSykedag().plusDays(17))).count();
                var historikk = engine.getHistoryService();
                long faktisk = historikk.createHistoricActivityInstanceQuery().activityId(m.getKey()).finished().count()
                        - historikk.createHistoricActivityInstanceQuery().activityId(m.getKey()).canceled().count();
                alleStemmer &= faktisk >= forventet && faktisk <= forventet + samtidig;
                tall.put("uke " + uke + ": syke / passert forventet / passert",
                        syke + " (" + String.format("%.1f", 100.0 * syke / mottatt.size()) + " %) / " + forventet
                                + " / "
                                + faktisk);
            }
            tall.put("milepæler stemmer", String.valueOf(alleStemmer));
        }

        // 5. Tasklist: the filters a veileder of office 0301 opens, with the tasks the year left open, and then with
        // more open tasks of the same shape (-Doppgaver=K, default none) to see how the queries grow.
        malTasklist(engine, tall, "etter året");
        int ekstraOppgaver = Integer.getInteger("oppgaver", 0);
        if (ekstraOppgaver > 0) {
            long t = System.nanoTime();
            lagOppgaver(engine, ekstraOppgaver);
            // Fresh planner statistics, as autovacuum gives them within a minute of a change this size; without
            // them PostgreSQL plans for the empty tables it last saw.
            jdbc.execute("analyze");
            double sek = (System.nanoTime() - t) / 1e9;
            tall.put("ekstra oppgaver laget/s", String.format("%.0f", ekstraOppgaver / sek));
            malTasklist(engine, tall, "med ekstra");
        }
        System.out.println("\n=== Ytelsesmåling ===");
        tall.forEach((k, v) -> System.out.printf("%-60s %s%n", k, v));
    }

    static final List<String> TASKLIST_FILTRE = List.of("Mitt kontor", "Frist passert", "Mine oppgaver");

    /**
     * Times what Tasklist asks for when a veileder of office 0301 opens a filter: the first page of 15 tasks, the
     * case reference of each (the filter's variable column), and the count beside every filter.
     */
    static void malTasklist(ProcessEngine engine, Map<String, String> tall, String etikett) {
        tall.put("tasklist " + etikett + ": åpne oppgaver",
                String.valueOf(engine.getTaskService().createTaskQuery().count()));
        var filtre = engine.getFilterService();
        engine.getIdentityService().setAuthentication("veileder0301", List.of("enhet0301"));
        try {
            for (String navn : TASKLIST_FILTRE) {
                String id = filtre.createFilterQuery().filterName(navn).singleResult().getId();
                List<Long> liste = new ArrayList<>();
                List<Long> antall = new ArrayList<>();
                long slutt = System.nanoTime() + 20_000_000_000L; // at most 20 repetitions or about 20 s
                for (int i = 0; i < 21 && (i < 2 || System.nanoTime() < slutt); i++) {
                    long a = System.nanoTime();
                    List<org.camunda.bpm.engine.task.Task> side = filtre.listPage(id, 0, 15);
                    if (!side.isEmpty()) {
                        engine.getRuntimeService().createVariableInstanceQuery().variableName("saksreferanse")
                                .processInstanceIdIn(side.stream().map(t -> t.getProcessInstanceId())
                                        .toArray(String[]::new)).list();
                    }
                    long b = System.nanoTime();
                    long k = filtre.count(id);
                    long c = System.nanoTime();
                    if (i >= 1) { // the first one warms up
                        liste.add(b - a);
                        antall.add(c - b);
                    }
                    if (i == 0) {
                        tall.put("  " + etikett + ", " + navn + ": oppgaver", String.valueOf(k));
                    }
                }
                Collections.sort(liste);
                Collections.sort(antall);
                tall.put("  " + etikett + ", " + navn + ": første side p50/maks (ms)", String.format("%.1f / %.1f",
                        liste.get(liste.size() / 2) / 1e6, liste.get(liste.size() - 1) / 1e6));
                tall.put("  " + etikett + ", " + navn + ": antall p50/maks (ms)", String.format("%.1f / %.1f",
                        antall.get(antall.size() / 2) / 1e6, antall.get(antall.size() - 1) / 1e6));
            }
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // Cockpit's start page for the process owner: running instances, incidents and open tasks per process.
        engine.getIdentityService().setAuthentication("prosesseier", List.of("prosesseier"));
        try {
            List<Long> tider = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long a = System.nanoTime();
                engine.getManagementService().createProcessDefinitionStatisticsQuery().includeIncidents()
                        .includeFailedJobs().list();
                engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sykefravaersoppfolging")
                        .count();
                engine.getTaskService().createTaskQuery().processDefinitionKey("sykefravaersoppfolging").count();
                if (i >= 1) {
                    tider.add(System.nanoTime() - a);
                }
            }
            Collections.sort(tider);
            tall.put("  " + etikett + ", Cockpit-oversikt p50/maks (ms)", String.format("%.1f / %.1f",
                    tider.get(tider.size() / 2) / 1e6, tider.get(tider.size() - 1) / 1e6));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** K open veileder tasks shaped like the real ones: a candidate group per office, a deadline, a case reference. */
    static void lagOppgaver(ProcessEngine engine, int k) throws Exception {
        engine.getRepositoryService().createDeployment().name("tasklistlast").addModelInstance("tasklistlast.bpmn",
                Bpmn.createExecutableProcess("tasklistlast").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_VurderAktivitetskrav").name("Vurder aktivitetskrav")
                        .camundaCandidateGroups("${gruppe}").camundaDueDate("${frist}").endEvent().done()).deploy();
        ExecutorService arbeidere = Executors.newFixedThreadPool(4);
        List<Future<?>> ferdig = new ArrayList<>();
        var klokka = ClockUtil.getCurrentTime().toInstant();
        for (int i = 0; i < k; i++) {
            int nr = i;
            ferdig.add(arbeidere.submit(() -> engine.getRuntimeService().startProcessInstanceByKey("tasklistlast",
                    "LAST-" + nr, Map.of("gruppe", nr % 2 == 0 ? "enhet0301" : "enhet4601", "saksreferanse",
                            "LAST-" + nr, "frist",
                            java.util.Date.from(klokka.plus(java.time.Duration.ofDays(nr % 60 - 30)))))));
        }
        for (Future<?> f : ferdig) {
            f.get();
        }
        arbeidere.shutdown();
    }

    /** A sykmelding covers at most eight weeks, as real ones do; a longer sick leave comes as extensions. */
    static final int SYKMELDING_DAGER = 56;

    static String perioder(LocalDate fom, LocalDate tom) {
        return "[{\"fom\":\"" + fom + "\",\"tom\":\"" + tom + "\",\"grad\":100}]";
    }

    static LocalDate forsteTom(Tilfelle t) {
        LocalDate tom = t.start().plusDays(SYKMELDING_DAGER - 1);
        return tom.isBefore(t.sisteSykedag()) ? tom : t.sisteSykedag();
    }

    static String sykmelding(String id, String fnr, LocalDate fom, LocalDate tom, int i) {
        return "{\"sykmeldingId\":\"" + id + "\",\"fnr\":\"" + fnr + "\",\"perioder\":" + perioder(fom, tom)
                + ",\"orgnummer\":\"889640782\",\"naermesteLeder\":{\"navn\":\"Leder\",\"epost\":\"leder" + (i % 97)
                + "@example.org\"},\"sykmelder\":\"Lege\",\"enhet\":\"" + (i % 2 == 0 ? "0301" : "4601") + "\"}";
    }

    /** Last sick day, in days from S, drawn so the share still sick at each week follows Tabell 4.2. */
    static int sisteSykedag(double u) {
        if (u < ANDEL[ANDEL.length - 1]) {
            return 7 * 52 + 20; // sick through maksdato
        }
        for (int i = 1; i < UKER.length; i++) {
            if (u >= ANDEL[i]) {
                double uke = UKER[i - 1] + (UKER[i] - UKER[i - 1]) * (ANDEL[i - 1] - u) / (ANDEL[i - 1] - ANDEL[i]);
                return (int) Math.round(7 * uke) - 1;
            }
        }
        throw new IllegalStateException();
    }

    /** Jobs executed so far, from the engine's metrics (they do not depend on the history level). */
    static long jobber(ProcessEngine engine) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();
        return engine.getManagementService().createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).sum();
    }

    /** Moves the engine clock, wakes the job executor, and waits until nothing due is left. */
    static void flyttKlokke(ProcessEngine engine, LocalDateTime tid) throws InterruptedException {
        ClockUtil.setCurrentTime(Datoer.tidspunkt(tid));
        var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.jobWasAdded();
        int stille = 0;
        while (stille < 2) {
            Thread.sleep(20);
            long igjen = engine.getManagementService().createJobQuery().executable().count();
            stille = igjen == 0 ? stille + 1 : 0;
            if (igjen > 0) {
                jobExecutor.jobWasAdded();
            }
        }
    }

    static void tomDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB);
        }
    }
}
