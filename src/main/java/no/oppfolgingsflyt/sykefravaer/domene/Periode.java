package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;

/** One sick-leave period of a sykmelding: fom and tom inclusive, grade in percent (100 = fully sick). */
public record Periode(LocalDate fom, LocalDate tom, int grad) {

    public boolean erGradert() {
        return grad < 100;
    }
}
