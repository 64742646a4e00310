package no.oppfolgingsflyt.styring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.api.IkkeFunnet;
import no.oppfolgingsflyt.api.IngenTilgang;
import no.oppfolgingsflyt.api.Tilgangskontroll;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Format;
import no.oppfolgingsflyt.styring.Nokkeltall.Andel;
import no.oppfolgingsflyt.styring.Nokkeltall.Figurer;
import no.oppfolgingsflyt.styring.Nokkeltall.Svar;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.varsel.VarselRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process owner's figures and each case's story, read only. Who may call it is {@code api.Tilgangstabell}'s
 * business; which offices is decided here: the national roles see every office, a team lead their own.
 */
@RestController
@RequestMapping("/api/styring")
public class StyringController {

    /** The longest period one request may ask for. */
    static final int MAKS_MANEDER = 36;

    private final Nokkeltall nokkeltall;
    private final Tilgangskontroll tilgang;
    private final JdbcTemplate jdbc;
    private final SakshendelseRepository hendelser;
    private final VarselRepository varsler;
    private final AapSakRepository aapSaker;
    private final FristKonfig frister;

    public StyringController(Nokkeltall nokkeltall, Tilgangskontroll tilgang, JdbcTemplate jdbc,
            SakshendelseRepository hendelser, VarselRepository varsler, AapSakRepository aapSaker,
            FristKonfig frister) {
        this.nokkeltall = nokkeltall;
        this.tilgang = tilgang;
        this.jdbc = jdbc;
        this.hendelser = hendelser;
        this.varsler = varsler;
        this.aapSaker = aapSaker;
        this.frister = frister;
    }

    @GetMapping("/nokkeltall")
    public Svar nokkeltall(@RequestParam(required = false) String enhet, @RequestParam(required = false) String fra,
            @RequestParam(required = false) String til) {
        YearMonth tilM = maned("til", til, YearMonth.from(Datoer.idag()));
        YearMonth fraM = maned("fra", fra, tilM.minusMonths(11));
        if (fraM.isAfter(tilM)) {
            throw new Valideringsfeil("fra", "must not be after til");
        }
        if (fraM.plusMonths(MAKS_MANEDER).isBefore(tilM.plusMonths(1))) {
            throw new Valideringsfeil("til", "the period may be at most " + MAKS_MANEDER + " months");
        }
        return nokkeltall.beregn(kontorer(enhet), fraM, tilM);
    }

    @GetMapping(value = "/nokkeltall.csv", produces = "text/csv;charset=UTF-8")
    public String nokkeltallCsv(@RequestParam(required = false) String enhet,
            @RequestParam(required = false) String fra, @RequestParam(required = false) String til) {
        return csv(nokkeltall(enhet, fra, til));
    }

    /** The offices the caller asks for and may see; null: every office. */
    private Set<String> kontorer(String enhet) {
        if (enhet != null && !Format.erEnhet(enhet)) {
            throw new Valideringsfeil("enhet", "must be a NAV office number of four digits");
        }
        Set<String> mine = tilgang.kontorer();
        if (enhet != null) {
            if (mine != null && !mine.contains(enhet)) {
                throw new IngenTilgang("Du har ikke tilgang til nøkkeltallene for dette kontoret");
            }
            return Set.of(enhet);
        }
        if (mine != null && mine.isEmpty()) {
            throw new IngenTilgang("Du har ikke tilgang til nøkkeltallene");
        }
        return mine;
    }

    private static YearMonth maned(String felt, String verdi, YearMonth standard) {
        if (verdi == null || verdi.isBlank()) {
            return standard;
        }
        try {
            return YearMonth.parse(verdi);
        } catch (DateTimeParseException e) {
            throw new Valideringsfeil(felt, "must be a month such as 2025-01");
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    static String csv(Svar svar) {
        StringBuilder b = new StringBuilder("enhet;nokkeltall;detalj;teller;nevner;andel\n");
        List<Figurer> alle = new ArrayList<>();
        alle.add(svar.totalt());
        if (svar.enhet() == null) {
            alle.addAll(svar.perKontor());
        }
        for (Figurer f : alle) {
            String e = f.enhet();
            rad(b, e, "dialogmote2_innen_26_uker", "mal " + Nokkeltall.MAL_DIALOGMOTE2, f.dialogmote2().teller(),
                    f.dialogmote2().nevner(), f.dialogmote2().andel());
            andel(b, e, "oppfolgingsplan_innen_uke_4", f.oppfolgingsplan());
            andel(b, e, "dialogmote1_innen_uke_7", f.dialogmote1());
            andel(b, e, "aktivitetskrav_vurdert_innen_stoppunkt", f.aktivitetskravVurdert());
            for (Nokkeltall.Utfall u : f.aktivitetskrav().utfall()) {
                rad(b, e, "aktivitetskrav_utfall", u.utfall() + (u.arsak() == null ? "" : ":" + u.arsak()),
                        u.antall(), f.aktivitetskrav().vurderinger(), null);
            }
            rad(b, e, "aktivitetskrav_trukket_tilbake", "", f.aktivitetskrav().trukketTilbake(), null, null);
            for (Nokkeltall.Punkt p : f.milepaeler()) {
                rad(b, e, "syke_ved_uke", String.valueOf(p.uke()), p.teller(), p.nevner(), p.andel());
                rad(b, e, "syke_ved_uke_av_uke4", p.uke() + (p.tabell42AndelAvUke4() == null ? ""
                        : " tabell4.2=" + p.tabell42AndelAvUke4()), p.teller(), p.sykeVedUke4(), p.andelAvUke4());
            }
            rad(b, e, "oppgaver_apne", "", f.oppgaver().apne(), null, null);
            rad(b, e, "oppgaver_forfalte", f.oppgaver().eldsteForfalte() == null ? ""
                    : "eldste " + f.oppgaver().eldsteForfalte(), f.oppgaver().forfalte(), null, null);
            for (Nokkeltall.Oppgavetall t : f.oppgaver().perType()) {
                rad(b, e, "oppgaver_per_type", t.navn(), t.forfalte(), t.apne(), null);
            }
            for (Nokkeltall.Oppgavetall t : f.oppgaver().perVeileder()) {
                rad(b, e, "oppgaver_per_veileder", t.navn(), t.forfalte(), t.apne(), null);
            }
            for (Nokkeltall.Varseltall v : f.varsler().perTypeOgStatus()) {
                rad(b, e, "varsler", v.type() + ":" + v.status(), v.antall(), null, null);
            }
            for (Nokkeltall.AapSteg s : f.aap().perSteg()) {
                rad(b, e, "aap_apne_per_steg", s.steg() + " snittalder " + s.snittAlderDager() + " d", s.antall(),
                        null, null);
            }
            rad(b, e, "aap_oppfolging_forfalt", "", f.aap().oppfolgingForfalt(), null, null);
            for (Nokkeltall.AapDag d : f.aap().avsluttetPerDag()) {
                rad(b, e, "aap_avsluttet", d.dato().toString(), d.antall(), null, null);
            }
        }
        return b.toString();
    }

    private static void andel(StringBuilder b, String enhet, String navn, Andel a) {
        rad(b, enhet, navn, "", a.teller(), a.nevner(), a.andel());
    }

    private static void rad(StringBuilder b, String enhet, String navn, String detalj, Long teller, Long nevner,
            Double andel) {
        b.append(enhet).append(';').append(navn).append(';').append(felt(detalj)).append(';')
                .append(teller == null ? "" : teller).append(';').append(nevner == null ? "" : nevner).append(';')
                .append(andel == null ? "" : String.format(Locale.ROOT, "%.4f", andel)).append('\n');
    }

    private static String felt(String s) {
        return s == null ? "" : s.contains(";") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ------------------------------------------------------------------------------------------ the story

    public record Hendelse(LocalDateTime tidspunkt, String type, String kode, String begrunnelse, String utfortAv) {}

    public record Frist(String milepael, LocalDate dato, LocalDate oppfylt, String status) {}

    public record Varsel(String type, String mottaker, String status, LocalDate frist, LocalDateTime planlagt,
            LocalDateTime sendt, int forsok) {}

    public record Historikk(String saksreferanse, String enhet, String status, String avsluttetGrunn,
            LocalDate tilfelleStart, LocalDate sisteSykedag, List<Hendelse> hendelser, List<Frist> frister,
            List<Varsel> varsler) {}

    private record Saksdata(String enhet, String status, String grunn, String orgnummer, LocalDate start,
            LocalDate siste, LocalDate frisk, LocalDate op, LocalDate dm1, LocalDate akt, LocalDate dm2) {}

    @GetMapping("/saker/{saksreferanse}/historikk")
    public Historikk historikk(@PathVariable String saksreferanse) {
        IkkeFunnet ukjent = new IkkeFunnet("Ukjent sak");
        List<Hendelse> logg = hendelser.forSak(saksreferanse).stream().map(h -> new Hendelse(h.tidspunkt(),
                h.type(), h.kode(), h.begrunnelse(), h.utfortAv())).toList();
        List<Varsel> v = varsler.forSak(saksreferanse).stream().map(x -> new Varsel(x.type().name(),
                x.mottaker().name(), x.status().name(), x.frist(), x.planlagtTid(), x.sendtTid(), x.forsok()))
                .toList();
        if (saksreferanse.startsWith("AEV-")) {
            var aap = aapSaker.finn(saksreferanse).filter(a -> tilgang.harTilgangTil(a.enhet()))
                    .orElseThrow(() -> ukjent);
            return new Historikk(saksreferanse, aap.enhet(), aap.status().name(), aap.avsluttetGrunn(), null, null,
                    logg, List.of(), v);
        }
        Saksdata s = jdbc.query("select enhet, status, avsluttet_grunn, orgnummer, tilfelle_start, siste_sykedag, "
                + "friskmeldt_fom, oppfolgingsplan_bekreftet, dialogmote1_bekreftet, aktivitetskrav_vurdert, "
                + "dialogmote2_avklart from sak where saksreferanse = ?", (rs, i) -> new Saksdata(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class)),
                saksreferanse).stream().findFirst().filter(x -> tilgang.harTilgangTil(x.enhet()))
                .orElseThrow(() -> ukjent);
        return new Historikk(saksreferanse, s.enhet(), s.status(), s.grunn(), s.start(), s.siste(), logg,
                frister(s), v);
    }

    /** Every deadline of the case, with whether it was met; milestones of a person no longer sick do not apply. */
    private List<Frist> frister(Saksdata s) {
        LocalDate idag = Datoer.idag();
        boolean ag = s.orgnummer() != null;
        Nokkeltall.Saksrad r = new Nokkeltall.Saksrad(ag, s.start(), s.siste(), s.frisk(), s.op(), s.dm1(), s.akt(),
                s.dm2());
        List<Frist> f = new ArrayList<>();
        if (ag) {
            f.add(frist("Oppfølgingsplan", frister.oppfolgingsplanUker(), r, s.op(), true, idag));
            f.add(frist("Dialogmøte 1", frister.dialogmote1Uker(), r, s.dm1(), true, idag));
        }
        f.add(frist("Aktivitetskrav vurdert (stoppunkt)", frister.aktivitetskravUker(), r, s.akt(), true, idag));
        if (!ag) {
            f.add(frist("Oppfølging uten arbeidsgiver", frister.utenArbeidsgiverUker(), r, null, false, idag));
        } else {
            f.add(frist("Dialogmøtekandidat", frister.dialogmotekandidatUker(), r, null, false, idag));
            f.add(frist("Dialogmøte 2", frister.dialogmote2Uker(), r, s.dm2(), true, idag));
        }
        f.add(frist("39-ukersbrev", frister.snartSluttUker(), r, null, false, idag));
        f.add(frist("Maksdato", frister.maksdatoUker(), r, null, false, idag));
        return f;
    }

    private static Frist frist(String navn, int uker, Nokkeltall.Saksrad r, LocalDate oppfylt, boolean maales,
            LocalDate idag) {
        LocalDate dato = Saksfrister.uke(r.start(), uker);
        String status;
        if (oppfylt != null && !oppfylt.isAfter(dato)) {
            status = "OPPFYLT";
        } else if (!r.sykPaa(dato)) {
            status = "IKKE_AKTUELL";
        } else if (!dato.isBefore(idag)) {
            status = "KOMMENDE";
        } else {
            status = maales ? "IKKE_OPPFYLT" : "PASSERT";
        }
        return new Frist(navn + " (uke " + uker + ")", dato, oppfylt, status);
    }
}
