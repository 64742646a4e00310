package no.oppfolgingsflyt.aap;

import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.aap.domene.Vilkarsresultat;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository.Sakshendelse;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import org.springframework.stereotype.Component;

/**
 * What the AAP rules must know from trusted sources, read from the application's own case log (table sakshendelse)
 * and never from process variables, which anyone completing a task can send: who made the arbeidsevnevurdering and
 * who proposed the vedtak (for four eyes), and what the vilkår table said when it was evaluated.
 */
@Component
public class AapSaksspor {

    /** Case log type of the vilkår table's result. */
    public static final String VILKAR_VURDERT = "AAP_VILKAR_VURDERT";
    /** Steps of the AAP vurderinger as written in the case log's code ("Arbeidsevnevurdering:NEDSATT:60"). */
    public static final String STEG_ARBEIDSEVNEVURDERING = "Arbeidsevnevurdering";
    public static final String STEG_AAP_VEDTAK = "AapVedtak";

    private final SakshendelseRepository hendelser;

    public AapSaksspor(SakshendelseRepository hendelser) {
        this.hendelser = hendelser;
    }

    /** The user who made the latest vurdering of the step, as the case log recorded it. */
    public Optional<String> sisteVurderingAv(String saksreferanse, String steg) {
        return siste(saksreferanse, h -> Sakshendelser.VURDERING.equals(h.type()) && h.kode() != null
                && h.kode().startsWith(steg + ":")).map(Sakshendelse::utfortAv);
    }

    /** The vilkår table's latest result for the case; empty when it was never evaluated. */
    public Optional<Vilkarsresultat> vilkar(String saksreferanse) {
        return siste(saksreferanse, h -> VILKAR_VURDERT.equals(h.type()))
                .map(h -> Vilkarsresultat.fraKode(h.kode()));
    }

    public void registrerVilkar(String saksreferanse, Vilkarsresultat resultat) {
        hendelser.registrer(saksreferanse, VILKAR_VURDERT, resultat.kode(), null, "system");
    }

    private Optional<Sakshendelse> siste(String saksreferanse, java.util.function.Predicate<Sakshendelse> filter) {
        List<Sakshendelse> alle = hendelser.forSak(saksreferanse);
        for (int i = alle.size() - 1; i >= 0; i--) {
            if (filter.test(alle.get(i))) {
                return Optional.of(alle.get(i));
            }
        }
        return Optional.empty();
    }
}
