package no.oppfolgingsflyt.varsel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How varsler are sent ({@code oppfolgingsflyt.varsel.*}): sender address, the public address of the confirmation
 * page, the send window (and the days it stays closed), how long a confirmation link lives, and the retry cycle of a
 * failing send.
 */
@ConfigurationProperties("oppfolgingsflyt.varsel")
public record VarselKonfig(
        String fra,
        String offentligUrl,
        LocalTime vinduFra,
        LocalTime vinduTil,
        List<DayOfWeek> vinduDager,
        Integer lenkeGyldigDager,
        /* Camunda retry cycle of the send step: waits that grow (back-off); after the last one an incident. */
        String forsokSyklus,
        /* A send claimed longer ago than this, without a result, is taken to have died and may be tried again. */
        Integer sendeLaasMinutter,
        /* Days NAV closes besides the public holidays (e.g. a strike, an office-wide closing): no e-mail goes out. */
        List<LocalDate> stengteDager) {

    public VarselKonfig {
        fra = fra == null ? "ikke-svar@oppfolgingsflyt.local" : fra;
        offentligUrl = offentligUrl == null ? "http://localhost:8080" : offentligUrl.replaceAll("/+$", "");
        vinduFra = vinduFra == null ? LocalTime.of(8, 0) : vinduFra;
        vinduTil = vinduTil == null ? LocalTime.of(17, 0) : vinduTil;
        vinduDager = vinduDager == null || vinduDager.isEmpty() ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY) : vinduDager;
        lenkeGyldigDager = lenkeGyldigDager == null ? 30 : lenkeGyldigDager;
        forsokSyklus = forsokSyklus == null ? "PT1M,PT5M,PT30M,PT2H,PT6H" : forsokSyklus;
        sendeLaasMinutter = sendeLaasMinutter == null ? 10 : sendeLaasMinutter;
        stengteDager = stengteDager == null ? List.of() : List.copyOf(stengteDager);
    }

    public Sendevindu sendevindu() {
        return new Sendevindu(vinduFra, vinduTil, vinduDager, Set.copyOf(stengteDager));
    }
}
