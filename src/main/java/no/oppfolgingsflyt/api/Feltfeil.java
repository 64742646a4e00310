package no.oppfolgingsflyt.api;

/** One invalid field of a request: where ({@code felt}, e.g. "perioder[0].fom") and why. */
public record Feltfeil(String felt, String melding) {}
