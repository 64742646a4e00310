package no.oppfolgingsflyt.aap;

import java.util.Date;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the AAP flow ({@code oppfolgingsflyt.aap.*}), defaults from shared/domain/aap.md. Exposed to the BPMN
 * as the bean {@code aapFrister} (durations as ISO-8601 strings, dates as dates).
 */
@ConfigurationProperties("oppfolgingsflyt.aap")
public record AapFrister(
        Integer egenvurderingPaminnelseDager,
        Integer egenvurderingFristDager,
        Integer legeerklaeringPurringDager,
        Integer legeerklaeringFristDager,
        Integer aktivitetsplanDager,
        Integer meldekortIntervallDager,
        Integer meldekortOppfolgingDager,
        Integer oppfolgingManeder,
        Integer periodeAar,
        Integer revurderingUkerFor,
        Integer aktivitetspliktSvarfristDager,
        /* Fylker (the first two digits of the office number) where the AEV is kvalitetssikret by a second veileder. */
        java.util.List<String> kvalitetssikringFylker) {

    public AapFrister {
        egenvurderingPaminnelseDager = v(egenvurderingPaminnelseDager, 7);
        egenvurderingFristDager = v(egenvurderingFristDager, 14);
        legeerklaeringPurringDager = v(legeerklaeringPurringDager, 14);
        legeerklaeringFristDager = v(legeerklaeringFristDager, 28);
        aktivitetsplanDager = v(aktivitetsplanDager, 28);
        meldekortIntervallDager = v(meldekortIntervallDager, 14);
        meldekortOppfolgingDager = v(meldekortOppfolgingDager, 7);
        oppfolgingManeder = v(oppfolgingManeder, 6);
        periodeAar = v(periodeAar, 3);
        revurderingUkerFor = v(revurderingUkerFor, 8);
        aktivitetspliktSvarfristDager = v(aktivitetspliktSvarfristDager, 21);
        kvalitetssikringFylker = kvalitetssikringFylker == null ? java.util.List.of("03", "46")
                : kvalitetssikringFylker;
    }

    private static Integer v(Integer satt, int standard) {
        return satt == null ? standard : satt;
    }

    public static String dager(int n) {
        return "P" + n + "D";
    }

    public boolean kvalitetssikres(String enhet) {
        return enhet != null && kvalitetssikringFylker.contains(enhet.substring(0, 2));
    }

    public Date fraIdag(int dager) {
        return Datoer.startAvDag(Datoer.idag().plusDays(dager));
    }
}
