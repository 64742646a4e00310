package no.oppfolgingsflyt.felles;

import java.time.LocalDate;

/**
 * A veileder has found that the person is dead (the outcomes ER_DOD and ARBEIDSTAKER_DOD). Published when the
 * vurdering is recorded; after it is committed every open case of the person closes ({@code person.Dodsfall}).
 */
public record PersonenErDod(String fnr, LocalDate kjentFra) {}
