package no.oppfolgingsflyt.aap;

import java.util.Date;
import org.springframework.stereotype.Component;

/** {@link AapFrister} as BPMN expressions see them: {@code ${aapFrister.legeerklaeringFrist()}} and so on. */
@Component("aapFrister")
public class AapFristerUttrykk {

    private final AapFrister f;

    public AapFristerUttrykk(AapFrister f) {
        this.f = f;
    }

    public String egenvurderingPaminnelse() {
        return AapFrister.dager(f.egenvurderingPaminnelseDager());
    }

    public String egenvurderingFrist() {
        return AapFrister.dager(f.egenvurderingFristDager());
    }

    public String legeerklaeringPurring() {
        return AapFrister.dager(f.legeerklaeringPurringDager());
    }

    public String legeerklaeringFrist() {
        return AapFrister.dager(f.legeerklaeringFristDager());
    }

    /** Meldekort every 14 days: missing when the next one is this late. */
    public String meldekortUteblitt() {
        return AapFrister.dager(f.meldekortIntervallDager() + 3);
    }

    public String meldekortOppfolging() {
        return AapFrister.dager(f.meldekortOppfolgingDager());
    }

    /** The follow-up task appears one month before the follow-up is due. */
    public String oppfolgingVarsel() {
        return "P" + (f.oppfolgingManeder() - 1) + "M";
    }

    public Date oppfolgingFrist() {
        return f.fraIdag(31);
    }

    public String aktivitetspliktSvarfrist() {
        return AapFrister.dager(f.aktivitetspliktSvarfristDager());
    }

    public boolean kvalitetssikres(String enhet) {
        return f.kvalitetssikres(enhet);
    }
}
