package no.oppfolgingsflyt.varsel;

import java.util.List;

/**
 * Every reminder and letter the process can ask for, with its recipients. {@code fristVariabel} names the process
 * variable whose date the varsel mentions; {@code gjentakbar} varsler may go out again in the same case (a new
 * meeting time), the others at most once per case and recipient.
 */
public enum VarselType {
    OPPFOLGINGSPLAN_PAMINNELSE(List.of(Mottaker.NAERMESTE_LEDER), "fristOppfolgingsplan", false, "OPPFOLGINGSPLAN"),
    OPPFOLGINGSPLAN_PURRING(List.of(Mottaker.NAERMESTE_LEDER), "fristOppfolgingsplan", false, "OPPFOLGINGSPLAN"),
    DIALOGMOTE1_PAMINNELSE(List.of(Mottaker.NAERMESTE_LEDER), "fristDialogmote1", false, "DIALOGMOTE1"),
    DIALOGMOTE1_PURRING(List.of(Mottaker.NAERMESTE_LEDER), "fristDialogmote1", false, "DIALOGMOTE1"),
    /** Instead of the reminder and the purring when the system learns of the duty only after its due date. */
    OPPFOLGINGSPLAN_FRIST_PASSERT(List.of(Mottaker.NAERMESTE_LEDER), "fristOppfolgingsplan", false, "OPPFOLGINGSPLAN"),
    DIALOGMOTE1_FRIST_PASSERT(List.of(Mottaker.NAERMESTE_LEDER), "fristDialogmote1", false, "DIALOGMOTE1"),
    AKTIVITETSKRAV_FORHANDSVARSEL(List.of(Mottaker.SYKMELDT), "forhandsvarselSvarfrist", false),
    DIALOGMOTE_INNKALLING(List.of(Mottaker.SYKMELDT, Mottaker.NAERMESTE_LEDER), "motetidspunkt", true, Felt.MOTE),
    /** M4: the employer sends the oppfølgingsplan to NAV one week before dialogmøte 2. */
    OPPFOLGINGSPLAN_TIL_NAV(List.of(Mottaker.NAERMESTE_LEDER), "motetidspunkt", true, Felt.MOTE),
    DIALOGMOTE_NYTT_TID_STED(List.of(Mottaker.SYKMELDT, Mottaker.NAERMESTE_LEDER), "motetidspunkt", true, Felt.MOTE),
    DIALOGMOTE_AVLYST(List.of(Mottaker.SYKMELDT, Mottaker.NAERMESTE_LEDER), null, true),
    DIALOGMOTE_REFERAT(List.of(Mottaker.SYKMELDT, Mottaker.NAERMESTE_LEDER), null, true),
    SNART_SLUTT_PA_SYKEPENGER(List.of(Mottaker.SYKMELDT), "maksdato", false),
    EGENVURDERING(List.of(Mottaker.SYKMELDT), null, false),
    EGENVURDERING_PAMINNELSE(List.of(Mottaker.SYKMELDT), null, false),
    /** One consolidated letter with the § 14 a vedtak and, where there is one, the AAP vedtak. */
    VEDTAKSBREV(List.of(Mottaker.SYKMELDT), null, false,
            List.of("innsatsgruppe", "hovedmal", "aapUtfall", "avslagsgrunn", "periodeSlutt")),
    MELDEKORT_PAMINNELSE(List.of(Mottaker.SYKMELDT), null, true),
    AAP_FORHANDSVARSEL(List.of(Mottaker.SYKMELDT), "aktivitetspliktSvarfrist", true);

    public enum Mottaker { SYKMELDT, NAERMESTE_LEDER }

    private static final class Felt {
        static final List<String> MOTE = List.of("motetidspunkt", "motested");
    }

    private final List<Mottaker> mottakere;
    private final String fristVariabel;
    private final boolean gjentakbar;
    private final String plikt;
    private final List<String> innhold;

    VarselType(List<Mottaker> mottakere, String fristVariabel, boolean gjentakbar) {
        this(mottakere, fristVariabel, gjentakbar, null, List.of());
    }

    VarselType(List<Mottaker> mottakere, String fristVariabel, boolean gjentakbar, String plikt) {
        this(mottakere, fristVariabel, gjentakbar, plikt, List.of());
    }

    VarselType(List<Mottaker> mottakere, String fristVariabel, boolean gjentakbar, List<String> innhold) {
        this(mottakere, fristVariabel, gjentakbar, null, innhold);
    }

    VarselType(List<Mottaker> mottakere, String fristVariabel, boolean gjentakbar, String plikt,
            List<String> innhold) {
        this.mottakere = mottakere;
        this.fristVariabel = fristVariabel;
        this.gjentakbar = gjentakbar;
        this.plikt = plikt;
        this.innhold = innhold;
    }

    /** Process variables (codes and dates) the letter's text needs, copied to its delivery. */
    public List<String> innhold() {
        return innhold;
    }

    /** The employer duty the varsel reminds of, confirmable through its link; null for other varsler. */
    public String plikt() {
        return plikt;
    }

    /**
     * For the reminder ("before the deadline") and the purring of an employer duty: the one message that replaces
     * both when the duty is overdue already when the system learns of it; null for other varsler.
     */
    public VarselType fristPassert() {
        return switch (this) {
            case OPPFOLGINGSPLAN_PAMINNELSE, OPPFOLGINGSPLAN_PURRING -> OPPFOLGINGSPLAN_FRIST_PASSERT;
            case DIALOGMOTE1_PAMINNELSE, DIALOGMOTE1_PURRING -> DIALOGMOTE1_FRIST_PASSERT;
            default -> null;
        };
    }

    /** The reminder of an employer duty that speaks of its deadline as ahead. */
    public boolean paminnerForFristen() {
        return this == OPPFOLGINGSPLAN_PAMINNELSE || this == DIALOGMOTE1_PAMINNELSE;
    }

    public List<Mottaker> mottakere() {
        return mottakere;
    }

    public String fristVariabel() {
        return fristVariabel;
    }

    public boolean gjentakbar() {
        return gjentakbar;
    }
}
