package no.oppfolgingsflyt.sykefravaer.mottak;

import java.util.Optional;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.api.Valideringsfeil;
import no.oppfolgingsflyt.varsel.Bekreftelseslenker;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The small page an employer reaches from the link in a reminder: confirm that the oppfølgingsplan is made or
 * dialogmøte 1 held, or that it is obviously unnecessary (with a reason). The token in the link is the only
 * credential; an unknown, used or expired token, or a closed case, gets a page that says so and changes nothing.
 */
@Controller
@RequestMapping("/bekreft/{token}")
public class BekreftelseController {

    private final Bekreftelseslenker lenker;
    private final SakHandlinger handlinger;

    public BekreftelseController(Bekreftelseslenker lenker, SakHandlinger handlinger) {
        this.lenker = lenker;
        this.handlinger = handlinger;
    }

    @GetMapping
    public ModelAndView vis(@PathVariable String token) {
        Optional<Bekreftelseslenker.Lenke> lenke = lenker.finn(token);
        ModelAndView avvist = avvisning(lenke);
        return avvist != null ? avvist : skjema(lenke.get(), null, HttpStatus.OK);
    }

    @PostMapping
    @Transactional
    public ModelAndView bekreft(@PathVariable String token, @RequestParam(required = false) String svar,
            @RequestParam(required = false) String begrunnelse) {
        Optional<Bekreftelseslenker.Lenke> lenke = lenker.finn(token);
        ModelAndView avvist = avvisning(lenke);
        if (avvist != null) {
            return avvist;
        }
        SakHandlinger.Plikt plikt = SakHandlinger.Plikt.valueOf(lenke.get().plikt());
        SakHandlinger.Bekreftelse valgt;
        try {
            valgt = SakHandlinger.Bekreftelse.valueOf(svar == null ? "" : svar);
        } catch (IllegalArgumentException e) {
            return skjema(lenke.get(), "Velg ett av svarene.", HttpStatus.BAD_REQUEST);
        }
        if (valgt == SakHandlinger.Bekreftelse.IKKE_NODVENDIG && (begrunnelse == null || begrunnelse.isBlank())) {
            return skjema(lenke.get(), "Skriv en kort begrunnelse for hvorfor det åpenbart er unødvendig.",
                    HttpStatus.BAD_REQUEST);
        }
        if (!lenker.brukOpp(lenke.get())) {
            return side("Lenken er allerede brukt", "Svaret er allerede registrert.", HttpStatus.GONE);
        }
        try {
            handlinger.registrerBekreftelse(lenke.get().saksreferanse(), plikt, valgt, begrunnelse,
                    "arbeidsgiver (lenke)");
        } catch (Valideringsfeil | Konflikt e) {
            throw new BekreftelseAvvist(e.getMessage());
        }
        return side("Takk, svaret er registrert", "NAV har registrert svaret for sak " + lenke.get().saksreferanse()
                + ". Du får ikke flere påminnelser om dette.", HttpStatus.OK);
    }

    /** Rolls the use of the token back with everything else when the case refuses the confirmation. */
    static class BekreftelseAvvist extends RuntimeException {
        BekreftelseAvvist(String melding) {
            super(melding);
        }
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(BekreftelseAvvist.class)
    ModelAndView avvist(BekreftelseAvvist e) {
        return side("Svaret kunne ikke registreres", "Saken tar ikke imot svar på dette nå. Ta kontakt med NAV og "
                + "oppgi saksreferansen.", HttpStatus.CONFLICT);
    }

    private ModelAndView avvisning(Optional<Bekreftelseslenker.Lenke> lenke) {
        if (lenke.isEmpty()) {
            return side("Ugyldig lenke", "Lenken er ikke gyldig. Sjekk at du har kopiert hele lenken fra e-posten.",
                    HttpStatus.NOT_FOUND);
        }
        Bekreftelseslenker.Lenke l = lenke.get();
        if (l.brukt() != null) {
            return side("Lenken er allerede brukt", "Svaret er allerede registrert.", HttpStatus.GONE);
        }
        if (l.erUtlopt()) {
            return side("Lenken er utløpt", "Lenken gjelder ikke lenger. Ta kontakt med NAV og oppgi saksreferanse "
                    + l.saksreferanse() + ".", HttpStatus.GONE);
        }
        try {
            handlinger.aktivSak(l.saksreferanse());
        } catch (Konflikt e) {
            return side("Saken er avsluttet", "Sykefraværet er avsluttet, og NAV trenger ikke svar.", HttpStatus.GONE);
        }
        if (handlinger.erBekreftet(l.saksreferanse(), SakHandlinger.Plikt.valueOf(l.plikt()))) {
            return side("Allerede bekreftet", "NAV har allerede fått svar på dette for sak " + l.saksreferanse() + ".",
                    HttpStatus.GONE);
        }
        return null;
    }

    private ModelAndView skjema(Bekreftelseslenker.Lenke lenke, String feil, HttpStatus status) {
        ModelAndView mv = new ModelAndView("bekreft");
        boolean plan = lenke.plikt().equals(SakHandlinger.Plikt.OPPFOLGINGSPLAN.name());
        mv.addObject("saksreferanse", lenke.saksreferanse());
        mv.addObject("tittel", plan ? "Oppfølgingsplan" : "Dialogmøte 1");
        mv.addObject("gjortSvar", plan ? "UTARBEIDET" : "GJENNOMFORT");
        mv.addObject("gjortTekst", plan ? "Oppfølgingsplanen er utarbeidet" : "Dialogmøte 1 er gjennomført");
        mv.addObject("feil", feil);
        mv.setStatus(status);
        return mv;
    }

    private static ModelAndView side(String tittel, String tekst, HttpStatus status) {
        ModelAndView mv = new ModelAndView("bekreft-svar");
        mv.addObject("tittel", tittel);
        mv.addObject("tekst", tekst);
        mv.setStatus(status);
        return mv;
    }
}
