package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import java.time.LocalDateTime;
import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.UgyldigFelt;

/** When and where a dialogmøte is held: a time in the future and a place or video link. */
public record Motetid(LocalDateTime tidspunkt, String sted) {

    static Motetid fra(Innsendt skjema, Felt tid, Felt sted, Vurderingskontekst k) {
        LocalDateTime t = skjema.paakrevdTidspunkt(tid);
        if (!t.isAfter(k.naa())) {
            throw new UgyldigFelt(tid, tid.etikett() + " må være fram i tid");
        }
        return new Motetid(t, skjema.paakrevdTekst(sted));
    }
}
