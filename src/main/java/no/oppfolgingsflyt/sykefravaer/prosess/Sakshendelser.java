package no.oppfolgingsflyt.sykefravaer.prosess;

/** Types of entries in the case log (table sakshendelse). */
public final class Sakshendelser {

    public static final String SYKMELDING_MOTTATT = "SYKMELDING_MOTTATT";
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

    private Sakshendelser() {}
}
