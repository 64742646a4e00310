package no.oppfolgingsflyt.sykefravaer.mottak;

import no.oppfolgingsflyt.felles.Format;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.oppfolgingsflyt.api.Feltfeil;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Identiteter;
import no.oppfolgingsflyt.felles.Navkontorer;
import no.oppfolgingsflyt.felles.Orgnummer;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Periode;
import no.oppfolgingsflyt.sykefravaer.domene.TilfelleBeregner;
import org.springframework.stereotype.Component;

/** Every rule a sykmelding must satisfy before anything is stored; all broken rules are reported at once. */
@Component
public class SykmeldingValidering {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAKS_PERIODER = 20;
    static final int MAKS_PERIODELENGDE_DAGER = 365;

    private final FristKonfig konfig;
    private final TilfelleBeregner tilfeller;
    private final Identiteter identiteter;
    private final Navkontorer kontorer;

    public SykmeldingValidering(FristKonfig konfig, TilfelleBeregner tilfeller, Identiteter identiteter,
            Navkontorer kontorer) {
        this.konfig = konfig;
        this.tilfeller = tilfeller;
        this.identiteter = identiteter;
        this.kontorer = kontorer;
    }

    public void valider(SykmeldingInn sm) {
        List<Feltfeil> feil = new ArrayList<>();
        if (sm.sykmeldingId() == null || !ID.matcher(sm.sykmeldingId()).matches()) {
            feil.add(new Feltfeil("sykmeldingId", "is required: 1–64 letters, digits or . _ : -"));
        }
        identiteter.fnrFeil(sm.fnr()).ifPresent(f -> feil.add(new Feltfeil("fnr", f)));
        kontorer.feil(sm.enhet()).ifPresent(f -> feil.add(new Feltfeil("enhet", f)));
        if (sm.sykmelder() == null || sm.sykmelder().isBlank() || sm.sykmelder().length() > 200) {
            feil.add(new Feltfeil("sykmelder", "is required: name or HPR number of the sykmelder, at most 200 characters"));
        }
        if (sm.orgnummer() != null) {
            Orgnummer.feil(sm.orgnummer()).ifPresent(f -> feil.add(new Feltfeil("orgnummer", f)));
        }
        if (sm.naermesteLeder() != null) {
            if (sm.orgnummer() == null) {
                feil.add(new Feltfeil("naermesteLeder", "is only allowed together with an orgnummer"));
            }
            String navn = sm.naermesteLeder().navn();
            if (navn == null || navn.isBlank() || navn.length() > 200) {
                feil.add(new Feltfeil("naermesteLeder.navn", "is required, at most 200 characters"));
            }
            String epost = sm.naermesteLeder().epost();
            if (!Format.erEpost(epost)) {
                feil.add(new Feltfeil("naermesteLeder.epost", "must be an e-mail address"));
            }
        }
        perioder(sm, feil);
        if (!feil.isEmpty()) {
            throw new Valideringsfeil(feil);
        }
    }

    private void perioder(SykmeldingInn sm, List<Feltfeil> feil) {
        if (sm.perioder() == null || sm.perioder().isEmpty()) {
            feil.add(new Feltfeil("perioder", "must hold at least one period"));
            return;
        }
        if (sm.perioder().size() > MAKS_PERIODER) {
            feil.add(new Feltfeil("perioder", "may hold at most " + MAKS_PERIODER + " periods"));
            return;
        }
        LocalDate senesteFom = Datoer.idag().plusDays(konfig.maksDagerFremITid());
        boolean alleGyldige = true;
        for (int i = 0; i < sm.perioder().size(); i++) {
            SykmeldingInn.PeriodeInn p = sm.perioder().get(i);
            String f = "perioder[" + i + "]";
            int antall = feil.size();
            if (p == null) {
                feil.add(new Feltfeil(f, "must not be null"));
                alleGyldige = false;
                continue;
            }
            if (p.fom() == null) {
                feil.add(new Feltfeil(f + ".fom", "is required (YYYY-MM-DD)"));
            }
            if (p.tom() == null) {
                feil.add(new Feltfeil(f + ".tom", "is required (YYYY-MM-DD)"));
            }
            if (p.grad() == null || p.grad() < 1 || p.grad() > 100) {
                feil.add(new Feltfeil(f + ".grad", "must be a whole percent from 1 to 100, was " + p.grad()));
            }
            if (p.fom() != null && p.tom() != null) {
                if (p.fom().isAfter(p.tom())) {
                    feil.add(new Feltfeil(f + ".fom", "must not be after tom (" + p.fom() + " > " + p.tom() + ")"));
                } else if (ChronoUnit.DAYS.between(p.fom(), p.tom()) >= MAKS_PERIODELENGDE_DAGER) {
                    feil.add(new Feltfeil(f + ".tom", "the period is longer than " + MAKS_PERIODELENGDE_DAGER + " days"));
                }
                if (p.fom().isAfter(senesteFom)) {
                    feil.add(new Feltfeil(f + ".fom", "is too far in the future: at most " + konfig.maksDagerFremITid()
                            + " days ahead (" + senesteFom + ")"));
                }
            }
            alleGyldige &= feil.size() == antall;
        }
        if (alleGyldige && tilfeller.beregn(perioder(sm)).size() > 1) {
            feil.add(new Feltfeil("perioder", "the periods of one sykmelding must not be more than "
                    + konfig.maksOppholdDager() + " days apart"));
        }
    }

    static List<Periode> perioder(SykmeldingInn sm) {
        return sm.perioder().stream().map(p -> new Periode(p.fom(), p.tom(), p.grad())).toList();
    }
}
