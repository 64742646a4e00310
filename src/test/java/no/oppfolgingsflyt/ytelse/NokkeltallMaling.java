package no.oppfolgingsflyt.ytelse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import no.oppfolgingsflyt.OppfolgingsflytApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the process owner's figures answer at national volume (docs/benchmark.md): N synthetic cases (default
 * 100 000) over 18 months at 20 offices, with their case log (three entries each), varsler (four each) and milestone
 * dates, written straight into the application's tables on PostgreSQL; then {@code GET /api/styring/nokkeltall}
 * timed through HTTP as the process owner's Cockpit page calls it: the whole country for twelve months, one office,
 * and the CSV. Usage:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=no.oppfolgingsflyt.ytelse.NokkeltallMaling \
 *   -Dexec.classpathScope=test -Dexec.args="100000"</pre>
 */
public final class NokkeltallMaling {

    static final String DB = "oppfolgingsflyt_nokkeltall";
    static final String SERVER = System.getProperty("db.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final int KALL = 40;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(OppfolgingsflytApplication.class)
                .profiles("postgres").run("--server.port=0", "--spring.datasource.url=" + SERVER + DB,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--camunda.bpm.admin-user.password=maling", "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            fyll(jdbc, n);
            System.out.printf("%d cases with case log and varsler written in %.1f s%n", n,
                    (System.nanoTime() - t0) / 1e9);
            String enhet = jdbc.queryForObject("select enhet from sak group by enhet order by count(*) desc limit 1",
                    String.class);
            mal(port, "/api/styring/nokkeltall", "whole country, 12 months");
            mal(port, "/api/styring/nokkeltall?enhet=" + enhet, "one office (" + enhet + "), 12 months");
            mal(port, "/api/styring/nokkeltall.csv", "CSV, whole country, 12 months");
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /** Cases spread over 18 months before today, at the 20 offices of the navkontor table with most numbers. */
    static void fyll(JdbcTemplate jdbc, int n) {
        jdbc.execute("create temporary table kontor as select enhet, row_number() over (order by enhet) - 1 as nr "
                + "from (select enhet from navkontor order by enhet limit 20) k");
        jdbc.update("""
                insert into sak (saksreferanse, fnr, aktiv_fnr, enhet, orgnummer, tilfelle_start, siste_sykedag, gradert,
                    status, avsluttet_grunn, avsluttet_tid, opprettet, friskmeldt_fom, oppfolgingsplan_bekreftet,
                    dialogmote1_bekreftet, aktivitetskrav_vurdert, dialogmote2_avklart, milepaeler_beregnet)
                select 'SF-M' || g, lpad(g::text, 11, '0'),
                    case when s.slutt >= current_date then lpad(g::text, 11, '0') end,
                    (select enhet from kontor where nr = g % 20), case when g % 10 = 0 then null else '889640782' end,
                    s.start, s.slutt, g % 4 = 0,
                    case when s.slutt >= current_date then 'AKTIV' else 'AVSLUTTET' end,
                    case when s.slutt >= current_date then null else 'TILFELLE_AVSLUTTET' end,
                    case when s.slutt >= current_date then null else s.slutt + 17 end,
                    s.start, case when g % 7 = 0 then s.slutt + 1 end,
                    case when g % 5 <> 0 then s.start + 20 end, case when g % 6 <> 0 then s.start + 45 end,
                    case when g % 3 <> 0 and s.varighet > 50 then s.start + 55 end,
                    case when g % 4 <> 0 and s.varighet > 180 then s.start + 170 end, true
                from generate_series(1, ?) g
                cross join lateral (select current_date - (g % 548) as start,
                    (array[20, 35, 52, 60, 90, 120, 200, 300, 400])[1 + g % 9] as varighet) v
                cross join lateral (select v.start, v.start + v.varighet as slutt, v.varighet) s
                """, n);
        jdbc.update("""
                insert into sakshendelse (saksreferanse, type, kode, begrunnelse, utfort_av, tidspunkt)
                select s.saksreferanse, h.type, h.kode, null, 'veileder', s.tilfelle_start + h.dager
                from sak s cross join (values ('SYKMELDING_MOTTATT', null, 0),
                    ('VURDERING', 'AKTIVITETSKRAV:OPPFYLT:TILTAK', 55), ('VURDERING', 'DIALOGMOTE2:INNKALL', 160)) h(type, kode, dager)
                where s.saksreferanse like 'SF-M%'
                """);
        jdbc.update("""
                insert into varsel (idempotens_nokkel, saksreferanse, type, mottaker, frist, status, bestilt, endret)
                select s.saksreferanse || ':' || v.type, s.saksreferanse, v.type, 'NAERMESTE_LEDER',
                    s.tilfelle_start + v.dager, case when v.dager % 3 = 0 then 'SENDT' else 'PLANLAGT' end,
                    s.tilfelle_start + v.dager - 7, s.tilfelle_start + v.dager - 7
                from sak s cross join (values ('OPPFOLGINGSPLAN_PAMINNELSE', 20), ('OPPFOLGINGSPLAN_PURRING', 28),
                    ('DIALOGMOTE1_PAMINNELSE', 41), ('DIALOGMOTE1_PURRING', 49)) v(type, dager)
                where s.saksreferanse like 'SF-M%'
                """);
        jdbc.execute("analyze");
    }

    static void mal(int port, String sti, String hva) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest kall = HttpRequest.newBuilder(URI.create("http://localhost:" + port + sti))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:maling".getBytes(StandardCharsets.UTF_8))).build();
        for (int i = 0; i < 5; i++) { // warm-up: JIT and PostgreSQL's caches
            sjekk(http.send(kall, HttpResponse.BodyHandlers.ofString()), sti);
        }
        List<Double> tider = new ArrayList<>();
        for (int i = 0; i < KALL; i++) {
            long t = System.nanoTime();
            sjekk(http.send(kall, HttpResponse.BodyHandlers.ofString()), sti);
            tider.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(tider);
        System.out.printf("%-40s p50 %6.0f ms   p95 %6.0f ms   max %6.0f ms   (%d calls)%n", hva,
                tider.get(KALL / 2), tider.get((int) Math.ceil(KALL * 0.95) - 1), tider.get(KALL - 1), KALL);
    }

    static void sjekk(HttpResponse<String> svar, String sti) {
        if (svar.statusCode() != 200) {
            throw new IllegalStateException(sti + " answered " + svar.statusCode() + ": " + svar.body());
        }
    }
}
