package no.oppfolgingsflyt.sykefravaer.lagring;

/** Types of entries in the case log (table sakshendelse). */
public final class Sakshendelser {

    public static final String SYKMELDING_MOTTATT = "SYKMELDING_MOTTATT";
    public static final String SYKMELDING_ANNULLERT = "SYKMELDING_ANNULLERT";
    /** An annulment split the tilfelle: the later part is followed in a case of its own. */
    public static final String TILFELLE_DELT = "TILFELLE_DELT";
    public static final String TILFELLE_ENDRET = "TILFELLE_ENDRET";
    public static final String VURDERING = "VURDERING";
    public static final String VURDERING_TRUKKET_TILBAKE = "VURDERING_TRUKKET_TILBAKE";
    public static final String ARBEIDSGIVER_BEKREFTET = "ARBEIDSGIVER_BEKREFTET";
    public static final String MOTEBEHOV = "MOTEBEHOV";
    public static final String DIALOGMOTE_SVAR = "DIALOGMOTE_SVAR";
    public static final String SVAR_39_UKER = "SVAR_39_UKER";
    public static final String OPPGAVE_ESKALERT = "OPPGAVE_ESKALERT";
    public static final String DIALOGMOTE2_FRIST_BRUTT = "DIALOGMOTE2_FRIST_BRUTT";
    public static final String FRISKMELDT = "FRISKMELDT";
    public static final String SAK_AVSLUTTET = "SAK_AVSLUTTET";
    public static final String DODSFALL = "DODSFALL";
    public static final String KONTOR_ENDRET = "KONTOR_ENDRET";
    /** A sykmelding continued the tilfelle of the closed case: it runs again. */
    public static final String SAK_GJENOPPTATT = "SAK_GJENOPPTATT";
    /** Two cases turned out to follow one tilfelle; the sykmeldinger went to one of them. */
    public static final String SAK_SLATT_SAMMEN = "SAK_SLATT_SAMMEN";
    /** Sykmeldt after maksdato: the veileder got a task to consider further follow-up. */
    public static final String OPPFOLGING_ETTER_MAKSDATO = "OPPFOLGING_ETTER_MAKSDATO";

    private Sakshendelser() {}
}
