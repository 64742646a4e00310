package no.oppfolgingsflyt.sykefravaer.mottak;

import java.time.LocalDate;
import java.util.List;

/** A sykmelding as delivered to POST /api/sykmeldinger. */
public record SykmeldingInn(
        String sykmeldingId,
        String fnr,
        List<PeriodeInn> perioder,
        String orgnummer,
        NaermesteLederInn naermesteLeder,
        String sykmelder,
        String enhet) {

    public record PeriodeInn(LocalDate fom, LocalDate tom, Integer grad) {}

    public record NaermesteLederInn(String navn, String epost) {}
}
