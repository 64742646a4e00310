package no.oppfolgingsflyt.aap;

/** Names of the AAP processes' variables and messages, in one place. */
public final class AapVariabler {

    public static final String PROSESS = "arbeidsevnevurdering";

    public static final String ENHET = "enhet";
    public static final String KILDE = "kilde";
    public static final String HAR_ARBEIDSGIVER = "harArbeidsgiver";
    public static final String LEGEERKLAERING_MOTTATT = "legeerklaeringMottatt";
    public static final String EGENVURDERING_MOTTATT = "egenvurderingMottatt";
    public static final String VURDERT_AV = "arbeidsevneVurdertAv";
    public static final String VEDTAK_FATTET_AV = "aapVedtakFattetAv";
    public static final String INNSATSGRUPPE = "innsatsgruppe";
    public static final String HOVEDMAL = "hovedmal";
    public static final String VILKAR_OPPFYLT = "vilkarOppfylt";
    public static final String AVSLAGSGRUNN = "avslagsgrunn";
    public static final String AAP_UTFALL = "aapUtfall";
    public static final String PERIODE_SLUTT = "periodeSlutt";
    public static final String REVURDERING_DATO = "revurderingDato";
    public static final String AKTIVITETSPLAN_FRIST = "aktivitetsplanFrist";
    public static final String AVSLUTNING = "avslutning";

    public static final String MELDING_EGENVURDERING = "EgenvurderingMottatt";
    public static final String MELDING_LEGEERKLAERING = "LegeerklaeringMottatt";
    public static final String MELDING_MELDEKORT = "MeldekortMottatt";
    public static final String MELDING_BRUDD = "BruddPaAktivitetsplikt";

    private AapVariabler() {}
}
