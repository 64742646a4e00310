package no.oppfolgingsflyt.sykefravaer.mottak;

/** What became of a delivered sykmelding. */
public record Kvittering(String saksreferanse, Resultat resultat) {

    public enum Resultat {
        /** A new oppfølgingstilfelle: a new case was started. */
        NY_SAK,
        /** The tilfelle had already ended when the sykmelding came: stored as a closed case, no follow-up. */
        AVSLUTTET_TILFELLE,
        /** Same tilfelle; its end, grade or start changed and the deadlines with it. */
        SAK_OPPDATERT,
        /** The sykmelding continues the tilfelle of a closed case (after a friskmelding, say): the case runs again. */
        SAK_GJENOPPTATT,
        /** The tilfelle has passed maksdato: recorded on its case, no new timeline. */
        ETTER_MAKSDATO,
        /** Same tilfelle and nothing changed for the follow-up. */
        SAK_UENDRET,
        /** The same sykmelding was delivered before; nothing changed. */
        ALLEREDE_MOTTATT
    }
}
