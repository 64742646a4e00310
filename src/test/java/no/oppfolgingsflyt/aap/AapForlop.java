package no.oppfolgingsflyt.aap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import org.springframework.stereotype.Component;

/** Drives an AAP case of office 0301 as the people in it would, for tests that need it further along. */
@Component
public class AapForlop {

    private final Saksforlop forlop;
    private final AapSakRepository saker;
    private final AapController api;

    public AapForlop(Saksforlop forlop, AapSakRepository saker, AapController api) {
        this.forlop = forlop;
        this.saker = saker;
        this.api = api;
    }

    /**
     * From a newly started case to its running AAP period: behovsvurdering, both documents in, assessment
     * (60 % reduction, veileder0301), kvalitetssikring (teamleder0301), vedtak INNVILGET and the beslutter's approval.
     */
    public void tilLopendePeriode(String ref) {
        String pid = saker.finn(ref).orElseThrow().processInstanceId();
        List<String> veileder = List.of("enhet0301");
        forlop.fullforSom("veileder0301", veileder, pid, "Task_Behovsvurdering", Map.of("behovsvurderingUtfall",
                "BEHOV_FOR_ARBEIDSEVNEVURDERING", "behovsvurderingBegrunnelse", "Samtale med bruker"));
        forlop.somMottak(() -> {
            api.egenvurdering(ref);
            api.legeerklaering(ref);
        });
        Map<String, Object> vurdering = new HashMap<>(Map.of("nedsattArbeidsevne", true, "varigNedsatt", false,
                "sykdomHovedarsak", true, "behovEtterParagraf116", true, "arbeidsevneBegrunnelse", "Vurdert",
                "arbeidsevneReduksjon", 60L));
        forlop.fullforSom("veileder0301", veileder, pid, "Task_Arbeidsevnevurdering", vurdering);
        forlop.fullforSom("teamleder0301", List.of("enhet0301", "teamleder0301"), pid, "Task_Kvalitetssikre",
                Map.of("kvalitetssikringUtfall", "GODKJENT"));
        forlop.fullforSom("saksbehandler", List.of(Grupper.NAY), pid, "Task_AapVedtak", Map.of("aapVedtakUtfall",
                "INNVILGET", "aapVedtakBegrunnelse", "Etter vilkårene"));
        forlop.fullforSom("beslutter", List.of(Grupper.BESLUTTER), pid, "Task_BeslutteAap",
                Map.of("beslutningUtfall", "GODKJENT"));
    }
}
