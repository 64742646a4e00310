package no.oppfolgingsflyt.sykefravaer.prosess;

/**
 * Names of the sykefravær process's variables and messages, in one place. Variables are small: codes, flags and
 * dates. The person's identity and texts stay in the application's tables.
 */
public final class Prosessvariabler {

    public static final String PROSESS = "sykefravaersoppfolging";
    /** One task to consider further follow-up for a person still sykmeldt after maksdato. */
    public static final String PROSESS_ETTER_MAKSDATO = "oppfolging-etter-maksdato";

    public static final String ENHET = "enhet";
    public static final String HAR_ARBEIDSGIVER = "harArbeidsgiver";
    public static final String GRADERT = "gradert";
    public static final String TILFELLE_START = "tilfelleStart";
    /** The last known sick day: the waits "Sykmeldt på …" after each milestone timer watch it. */
    public static final String SISTE_SYKEDAG = "sisteSykedag";
    /** The day the latest sykmelding that changed the tilfelle arrived: what the case knows, it knows from then. */
    public static final String TILFELLE_ENDRET = "tilfelleEndret";
    public static final String FRIST_VURDER_AKTIVITETSKRAV = "fristVurderAktivitetskrav";
    public static final String AKTIVITETSKRAV_STATUS = "aktivitetskravStatus";
    public static final String DIALOGMOTE2_STATUS = "dialogmote2Status";
    public static final String DIALOGMOTE2_AVKLART = "dialogmote2Avklart";
    public static final String DIALOGMOTE2_FRIST_BRUTT = "dialogmote2FristBrutt";
    public static final String MOTETIDSPUNKT = "motetidspunkt";
    public static final String AVVENT_FRIST = "avventFrist";
    public static final String FORHANDSVARSEL_SVARFRIST = "forhandsvarselSvarfrist";
    public static final String AVSLUTTET_GRUNN = "avsluttetGrunn";
    public static final String OPPFOLGINGSPLAN_BEKREFTELSE = "oppfolgingsplanBekreftelse";
    public static final String DIALOGMOTE1_BEKREFTELSE = "dialogmote1Bekreftelse";
    public static final String MOTEBEHOV_FRA = "motebehovFra";
    public static final String TRENGER_MER_OPPFOLGING = "trengerMerOppfolging";

    public static final String MELDING_OPPFOLGINGSPLAN_BEKREFTET = "OppfolgingsplanBekreftet";
    public static final String MELDING_DIALOGMOTE1_BEKREFTET = "Dialogmote1Bekreftet";
    public static final String MELDING_SVAR_39_UKER = "Svar39Uker";
    public static final String MELDING_NYTT_TID_STED = "NyttTidStedOnsket";
    public static final String MELDING_AVSLUTTET = "SykefravaerAvsluttet";
    public static final String MELDING_MOTEBEHOV = "MotebehovMeldt";

    private Prosessvariabler() {}
}
