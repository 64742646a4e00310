package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * A second user's check of a first decision (aap.md § 2.5): the kvalitetssikring of the arbeidsevnevurdering or the
 * beslutning on the proposed AAP vedtak. Approved, or returned with a reason; never by the user who made the first
 * decision ({@link FireOyne}).
 *
 * @param returarsak only for RETUR
 */
public record Kontrollvurdering(Kontroll kontroll, Utfall utfall, Returarsak returarsak, String kommentar) {

    public enum Utfall { GODKJENT, RETUR }

    /** The two checks and the fields of their forms. */
    public enum Kontroll {
        KVALITETSSIKRING("kvalitetssikre", new Felt("kvalitetssikringUtfall", "Vurdering"),
                new Felt("kvalitetssikringKommentar", "Kommentar")),
        BESLUTNING("beslutt-aap", new Felt("beslutningUtfall", "Beslutning"),
                new Felt("beslutningKommentar", "Kommentar"));

        public final Valgfelt<Utfall> utfall;
        public final Valgfelt<Returarsak> returarsak = new Felt("returarsak", "Returårsak").medValg(Returarsak.class);
        public final Felt kommentar;
        public final Skjemakrav skjema;

        Kontroll(String skjema, Felt utfall, Felt kommentar) {
            this.utfall = utfall.medValg(Utfall.class);
            this.kommentar = kommentar;
            this.skjema = Skjemakrav.skjema(skjema)
                    .paakrevd(this.utfall)
                    .paakrevdNaar(returarsak, this.utfall, Utfall.RETUR)
                    .valgfri(kommentar)
                    .bygg();
        }
    }

    /**
     * @param kontrollor the user completing the check
     * @param forsteBeslutningAv who made the decision being checked, from the case log (null: not recorded)
     */
    public static Kontrollvurdering vurder(Kontroll kontroll, Innsendt skjema, String kontrollor,
            String forsteBeslutningAv) {
        FireOyne.kontroller(forsteBeslutningAv, kontrollor);
        Utfall utfall = skjema.valg(kontroll.utfall);
        Returarsak arsak = utfall == Utfall.RETUR ? skjema.valg(kontroll.returarsak) : null;
        return new Kontrollvurdering(kontroll, utfall, arsak, skjema.tekst(kontroll.kommentar));
    }

    /** For the case log: "GODKJENT" or "RETUR:MANGLENDE_UTREDNING". */
    public String kode() {
        return returarsak == null ? utfall.name() : utfall.name() + ":" + returarsak.name();
    }
}
