package no.oppfolgingsflyt.sykefravaer.lagring;

import java.time.LocalDate;

/** A stored case (one oppfølgingstilfelle of one person). */
public record Sak(
        String saksreferanse,
        String fnr,
        String enhet,
        String orgnummer,
        LocalDate tilfelleStart,
        LocalDate sisteSykedag,
        boolean gradert,
        Status status,
        String avsluttetGrunn,
        String processInstanceId) {

    public enum Status { AKTIV, AVSLUTTET }

    public boolean harArbeidsgiver() {
        return orgnummer != null;
    }

    public boolean erAktiv() {
        return status == Status.AKTIV;
    }
}
