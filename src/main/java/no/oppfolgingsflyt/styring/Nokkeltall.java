package no.oppfolgingsflyt.styring;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The process owner's figures (shared/domain/sykefravaer.md §6), per office and in total, with numerator and
 * denominator. A deadline counts in the period of the month it fell in, and only once it has passed (a figure for
 * the current month does not count cases that may still meet it). "Sick at a date" is: the known last sick day is on
 * or after it and no friskmelding took effect on or before it.
 *
 * <p>Read from the application's own records: {@code sak} with its milestone dates (V30), the case log for the
 * aktivitetskrav outcomes, {@code varsel}, {@code aap_sak}; open tasks from the engine's runtime task table, grouped
 * in the database. Each is one query; the sak rows are filtered by S through an index.
 */
@Service
public class Nokkeltall {

    /** Target for dialogmøte 2 within 26 weeks. */
    public static final double MAL_DIALOGMOTE2 = 0.80;
    /** The weeks of the curve, and Tabell 4.2's passings per year at those weeks (no figure for week 17). */
    public static final List<Integer> UKER = List.of(4, 7, 8, 12, 17, 26, 39, 52);
    static final Map<Integer, Integer> TABELL_4_2 = Map.of(4, 326_500, 7, 232_400, 8, 214_100, 12, 139_700,
            26, 83_000, 39, 56_400, 52, 45_000);
    public static final String ALLE = "alle";

    public record Andel(long teller, long nevner, Double andel) {
        static Andel av(long teller, long nevner) {
            return new Andel(teller, nevner, nevner == 0 ? null : rund((double) teller / nevner));
        }
    }

    public record Dialogmote2(long teller, long nevner, Double andel, double mal, Boolean malNadd) {}

    public record Utfall(String utfall, String arsak, long antall) {}

    public record Aktivitetskrav(long vurderinger, long trukketTilbake, List<Utfall> utfall) {}

    public record Punkt(int uke, long nevner, long teller, Double andel, long sykeVedUke4, Double andelAvUke4,
            Double tabell42AndelAvUke4) {}

    public record Oppgavetall(String navn, long apne, long forfalte, LocalDate eldsteForfalte) {}

    public record Oppgaver(long apne, long forfalte, LocalDate eldsteForfalte, List<Oppgavetall> perType,
            List<Oppgavetall> perVeileder) {}

    public record Varseltall(String type, String status, long antall) {}

    public record Varsler(long antall, Map<String, Long> perStatus, List<Varseltall> perTypeOgStatus) {}

    public record AapSteg(String steg, long antall, double snittAlderDager) {}

    public record AapDag(LocalDate dato, long antall) {}

    public record Aap(long apneSaker, List<AapSteg> perSteg, long oppfolgingForfalt, long avsluttet,
            List<AapDag> avsluttetPerDag) {}

    public record Figurer(String enhet, Dialogmote2 dialogmote2, Andel oppfolgingsplan, Andel dialogmote1,
            Andel aktivitetskravVurdert, Aktivitetskrav aktivitetskrav, List<Punkt> milepaeler, Oppgaver oppgaver,
            Varsler varsler, Aap aap) {}

    public record Svar(String enhet, YearMonth fra, YearMonth til, LocalDate beregnetDato, Figurer totalt,
            List<Figurer> perKontor) {}

    private final JdbcTemplate jdbc;
    private final FristKonfig frister;

    public Nokkeltall(JdbcTemplate jdbc, FristKonfig frister) {
        this.jdbc = jdbc;
        this.frister = frister;
    }

    /**
     * The figures for the offices (null: every office), deadlines in the months fra..til.
     *
     * @param kontorer the offices the caller may see (null: all); the answer holds those only
     */
    public Svar beregn(Set<String> kontorer, YearMonth fra, YearMonth til) {
        LocalDate idag = Datoer.idag();
        LocalDate fraDag = fra.atDay(1);
        LocalDate tilDag = til.atEndOfMonth();
        Map<String, Samler> per = new TreeMap<>();
        Samler totalt = new Samler();
        Function<String, List<Samler>> samlere = enhet -> {
            if (kontorer != null && !kontorer.contains(enhet)) {
                return List.of();
            }
            return List.of(totalt, per.computeIfAbsent(enhet, e -> new Samler()));
        };
        saker(kontorer, fraDag, tilDag, idag, samlere);
        aktivitetskrav(fraDag, tilDag, samlere);
        oppgaver(idag, samlere);
        varsler(fraDag, tilDag, samlere);
        aap(fraDag, tilDag, idag, samlere);
        List<Figurer> kontor = new ArrayList<>();
        per.forEach((enhet, s) -> kontor.add(s.figurer(enhet)));
        String enhet = kontorer != null && kontorer.size() == 1 ? kontorer.iterator().next() : null;
        return new Svar(enhet, fra, til, idag, totalt.figurer(enhet == null ? ALLE : enhet), kontor);
    }

    // ------------------------------------------------------------------------------------------------ reading

    private void saker(Set<String> kontorer, LocalDate fraDag, LocalDate tilDag, LocalDate idag,
            Function<String, List<Samler>> samlere) {
        int lengst = Math.max(frister.dialogmote2Uker(), UKER.get(0));
        // every S whose deadline of interest can fall in the period: the figures (up to week 26) and the curve
        LocalDate fraS = fraDag.minusDays(7L * lengst - 1);
        StringBuilder sql = new StringBuilder("select enhet, orgnummer, tilfelle_start, siste_sykedag, friskmeldt_fom, "
                + "oppfolgingsplan_bekreftet, dialogmote1_bekreftet, aktivitetskrav_vurdert, dialogmote2_avklart "
                + "from sak where tilfelle_start between ? and ?");
        List<Object> args = new ArrayList<>(List.of(fraS, tilDag));
        if (kontorer != null) {
            sql.append(" and enhet in (").append(String.join(",", kontorer.stream().map(k -> "?").toList()))
                    .append(")");
            args.addAll(kontorer);
        }
        jdbc.query(sql.toString(), rs -> {
            Saksrad r = new Saksrad(rs.getString(2) != null, rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class));
            for (Samler s : samlere.apply(rs.getString(1))) {
                s.sak(r, fraDag, tilDag, idag, frister);
            }
        }, args.toArray());
    }

    private void aktivitetskrav(LocalDate fraDag, LocalDate tilDag, Function<String, List<Samler>> samlere) {
        jdbc.query("select s.enhet, h.type, h.kode, count(*) from sakshendelse h join sak s "
                        + "on s.saksreferanse = h.saksreferanse where h.type in ('VURDERING', 'VURDERING_TRUKKET_TILBAKE') "
                        + "and h.tidspunkt >= ? and h.tidspunkt < ? group by s.enhet, h.type, h.kode", rs -> {
                    String type = rs.getString(2);
                    String kode = rs.getString(3) == null ? "" : rs.getString(3);
                    long antall = rs.getLong(4);
                    for (Samler s : samlere.apply(rs.getString(1))) {
                        if (type.equals("VURDERING") && kode.startsWith("AKTIVITETSKRAV:")) {
                            String[] deler = kode.split(":", 3);
                            s.utfall.merge(deler[1] + ":" + (deler.length > 2 ? deler[2] : ""), antall, Long::sum);
                        } else if (type.equals("VURDERING_TRUKKET_TILBAKE") && kode.equals("AKTIVITETSKRAV")) {
                            s.trukket += antall;
                        }
                    }
                }, Timestamp.valueOf(fraDag.atStartOfDay()), Timestamp.valueOf(tilDag.plusDays(1).atStartOfDay()));
    }

    /** Open tasks now, from the engine's runtime table: the office is the case's (sykefravær or AAP). */
    private void oppgaver(LocalDate idag, Function<String, List<Samler>> samlere) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        jdbc.query("select coalesce(s.enhet, a.enhet), t.task_def_key_, t.name_, t.assignee_, count(*), "
                + "sum(case when t.due_date_ < ? then 1 else 0 end), min(case when t.due_date_ < ? then t.due_date_ end) "
                + "from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "left join sak s on s.saksreferanse = e.business_key_ "
                + "left join aap_sak a on a.saksreferanse = e.business_key_ "
                + "group by coalesce(s.enhet, a.enhet), t.task_def_key_, t.name_, t.assignee_", rs -> {
                    String enhet = rs.getString(1) == null ? "ukjent" : rs.getString(1);
                    Timestamp eldste = rs.getTimestamp(7);
                    Oppgavetall t = new Oppgavetall(rs.getString(3), rs.getLong(5), rs.getLong(6),
                            eldste == null ? null : Datoer.dato(eldste));
                    for (Samler s : samlere.apply(enhet)) {
                        s.oppgave(rs.getString(2), rs.getString(4), t);
                    }
                }, naa, naa);
    }

    private void varsler(LocalDate fraDag, LocalDate tilDag, Function<String, List<Samler>> samlere) {
        jdbc.query("select coalesce(s.enhet, a.enhet), v.type, v.status, count(*) from varsel v "
                        + "left join sak s on s.saksreferanse = v.saksreferanse "
                        + "left join aap_sak a on a.saksreferanse = v.saksreferanse "
                        + "where v.bestilt >= ? and v.bestilt < ? group by coalesce(s.enhet, a.enhet), v.type, v.status",
                rs -> {
                    String enhet = rs.getString(1) == null ? "ukjent" : rs.getString(1);
                    for (Samler s : samlere.apply(enhet)) {
                        s.varsel(rs.getString(2), rs.getString(3), rs.getLong(4));
                    }
                }, Timestamp.valueOf(fraDag.atStartOfDay()), Timestamp.valueOf(tilDag.plusDays(1).atStartOfDay()));
    }

    private void aap(LocalDate fraDag, LocalDate tilDag, LocalDate idag, Function<String, List<Samler>> samlere) {
        // open cases now, by the task they wait at (the first by name when several run in parallel)
        jdbc.query("select a.enhet, a.opprettet, (select min(t.name_) from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_ where e.business_key_ = a.saksreferanse) from aap_sak a "
                + "where a.status = 'AKTIV'", rs -> {
                    long alder = ChronoUnit.DAYS.between(rs.getTimestamp(2).toLocalDateTime().toLocalDate(), idag);
                    String steg = rs.getString(3) == null ? "Venter (ingen åpen oppgave)" : rs.getString(3);
                    for (Samler s : samlere.apply(rs.getString(1))) {
                        s.aapApen(steg, alder);
                    }
                });
        jdbc.query("select enhet, avsluttet_tid from aap_sak where avsluttet_tid >= ? and avsluttet_tid < ?", rs -> {
            LocalDate dag = rs.getTimestamp(2).toLocalDateTime().toLocalDate();
            for (Samler s : samlere.apply(rs.getString(1))) {
                s.aapAvsluttet.merge(dag, 1L, Long::sum);
            }
        }, Timestamp.valueOf(fraDag.atStartOfDay()), Timestamp.valueOf(tilDag.plusDays(1).atStartOfDay()));
    }

    // -------------------------------------------------------------------------------------------- computing

    record Saksrad(boolean medArbeidsgiver, LocalDate start, LocalDate sisteSykedag, LocalDate friskmeldtFom,
            LocalDate oppfolgingsplan, LocalDate dialogmote1, LocalDate aktivitetskrav, LocalDate dialogmote2) {

        boolean sykPaa(LocalDate dag) {
            return !sisteSykedag.isBefore(dag) && (friskmeldtFom == null || friskmeldtFom.isAfter(dag));
        }
    }

    static Double rund(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static boolean innen(LocalDate dato, LocalDate frist) {
        return dato != null && !dato.isAfter(frist);
    }

    /** Adds up the figures of one office, or of all. */
    static final class Samler {
        long dm2Teller, dm2Nevner, opTeller, opNevner, dm1Teller, dm1Nevner, aktTeller, aktNevner;
        final Map<Integer, long[]> kurve = new LinkedHashMap<>();
        final Map<String, Long> utfall = new TreeMap<>();
        long trukket;
        long oppgaverApne, oppgaverForfalte;
        LocalDate eldsteForfalte;
        final Map<String, Oppgavetall> perType = new TreeMap<>();
        final Map<String, Oppgavetall> perVeileder = new TreeMap<>();
        final Map<String, Long> varselPerStatus = new TreeMap<>();
        final Map<String, Long> varsler = new TreeMap<>();
        final Map<String, long[]> aapSteg = new TreeMap<>();
        final Map<LocalDate, Long> aapAvsluttet = new TreeMap<>();
        long aapOppfolgingForfalt;

        Samler() {
            UKER.forEach(u -> kurve.put(u, new long[3]));
        }

        void sak(Saksrad r, LocalDate fraDag, LocalDate tilDag, LocalDate idag, FristKonfig k) {
            LocalDate dm2 = Saksfrister.uke(r.start(), k.dialogmote2Uker());
            // dialogmøte-kandidat (has an employer, sick at the kandidat date) and still sick at week 26
            if (iPerioden(dm2, fraDag, tilDag, idag) && r.medArbeidsgiver() && r.sykPaa(dm2)
                    && r.sykPaa(Saksfrister.uke(r.start(), k.dialogmotekandidatUker()))) {
                dm2Nevner++;
                dm2Teller += innen(r.dialogmote2(), dm2) ? 1 : 0;
            }
            LocalDate op = Saksfrister.uke(r.start(), k.oppfolgingsplanUker());
            if (iPerioden(op, fraDag, tilDag, idag) && r.medArbeidsgiver() && r.sykPaa(op)) {
                opNevner++;
                opTeller += innen(r.oppfolgingsplan(), op) ? 1 : 0;
            }
            LocalDate dm1 = Saksfrister.uke(r.start(), k.dialogmote1Uker());
            if (iPerioden(dm1, fraDag, tilDag, idag) && r.medArbeidsgiver() && r.sykPaa(dm1)) {
                dm1Nevner++;
                dm1Teller += innen(r.dialogmote1(), dm1) ? 1 : 0;
            }
            LocalDate stoppunkt = Saksfrister.uke(r.start(), k.aktivitetskravUker());
            if (iPerioden(stoppunkt, fraDag, tilDag, idag) && r.sykPaa(stoppunkt)) {
                aktNevner++;
                aktTeller += innen(r.aktivitetskrav(), stoppunkt) ? 1 : 0;
            }
            // the curve: cases that started in the period, at each week that has passed for them
            if (!r.start().isBefore(fraDag) && !r.start().isAfter(tilDag)) {
                boolean uke4 = r.sykPaa(Saksfrister.uke(r.start(), 4));
                for (int uke : UKER) {
                    LocalDate dag = Saksfrister.uke(r.start(), uke);
                    if (dag.isBefore(idag)) {
                        long[] p = kurve.get(uke);
                        p[0]++;
                        p[1] += r.sykPaa(dag) ? 1 : 0;
                        p[2] += uke4 ? 1 : 0;
                    }
                }
            }
        }

        private static boolean iPerioden(LocalDate frist, LocalDate fraDag, LocalDate tilDag, LocalDate idag) {
            return !frist.isBefore(fraDag) && !frist.isAfter(tilDag) && frist.isBefore(idag);
        }

        void oppgave(String type, String veileder, Oppgavetall t) {
            oppgaverApne += t.apne();
            oppgaverForfalte += t.forfalte();
            eldsteForfalte = eldste(eldsteForfalte, t.eldsteForfalte());
            perType.merge(type, t, Samler::pluss);
            perVeileder.merge(veileder == null ? "(ikke tatt)" : veileder,
                    new Oppgavetall(veileder == null ? "(ikke tatt)" : veileder, t.apne(), t.forfalte(),
                            t.eldsteForfalte()), Samler::pluss);
            if ("Task_FolgOppAap".equals(type)) {
                aapOppfolgingForfalt += t.forfalte();
            }
        }

        void varsel(String type, String status, long antall) {
            varselPerStatus.merge(status, antall, Long::sum);
            varsler.merge(type + "\u0000" + status, antall, Long::sum);
        }

        void aapApen(String steg, long alder) {
            long[] a = aapSteg.computeIfAbsent(steg, s -> new long[2]);
            a[0]++;
            a[1] += alder;
        }

        private static Oppgavetall pluss(Oppgavetall a, Oppgavetall b) {
            return new Oppgavetall(a.navn(), a.apne() + b.apne(), a.forfalte() + b.forfalte(),
                    eldste(a.eldsteForfalte(), b.eldsteForfalte()));
        }

        private static LocalDate eldste(LocalDate a, LocalDate b) {
            return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        }

        Figurer figurer(String enhet) {
            Andel dm2 = Andel.av(dm2Teller, dm2Nevner);
            List<Utfall> u = new ArrayList<>();
            utfall.forEach((nokkel, antall) -> {
                String[] d = nokkel.split(":", 2);
                u.add(new Utfall(d[0], d[1].isEmpty() ? null : d[1], antall));
            });
            List<Punkt> punkter = new ArrayList<>();
            kurve.forEach((uke, p) -> {
                Integer tabell = TABELL_4_2.get(uke);
                punkter.add(new Punkt(uke, p[0], p[1], p[0] == 0 ? null : rund((double) p[1] / p[0]), p[2],
                        p[2] == 0 ? null : rund((double) p[1] / p[2]),
                        tabell == null ? null : rund((double) tabell / TABELL_4_2.get(4))));
            });
            List<Varseltall> v = new ArrayList<>();
            varsler.forEach((nokkel, antall) -> {
                String[] d = nokkel.split("\u0000");
                v.add(new Varseltall(d[0], d[1], antall));
            });
            List<AapSteg> steg = new ArrayList<>();
            aapSteg.forEach((navn, a) -> steg.add(new AapSteg(navn, a[0], rund((double) a[1] / a[0]))));
            List<AapDag> dager = new ArrayList<>();
            aapAvsluttet.forEach((d, n) -> dager.add(new AapDag(d, n)));
            List<Oppgavetall> veiledere = new ArrayList<>(perVeileder.values());
            veiledere.sort(Comparator.comparing(Oppgavetall::forfalte).reversed());
            return new Figurer(enhet,
                    new Dialogmote2(dm2.teller(), dm2.nevner(), dm2.andel(), MAL_DIALOGMOTE2,
                            dm2.andel() == null ? null : dm2.andel() >= MAL_DIALOGMOTE2),
                    Andel.av(opTeller, opNevner), Andel.av(dm1Teller, dm1Nevner), Andel.av(aktTeller, aktNevner),
                    new Aktivitetskrav(u.stream().mapToLong(Utfall::antall).sum(), trukket, u), punkter,
                    new Oppgaver(oppgaverApne, oppgaverForfalte, eldsteForfalte, List.copyOf(perType.values()),
                            veiledere),
                    new Varsler(varselPerStatus.values().stream().mapToLong(Long::longValue).sum(),
                            new TreeMap<>(varselPerStatus), v),
                    new Aap(steg.stream().mapToLong(AapSteg::antall).sum(), steg, aapOppfolgingForfalt,
                            dager.stream().mapToLong(AapDag::antall).sum(), dager));
        }
    }

}
