package no.oppfolgingsflyt.aap.domene;

/** Why a kvalitetssikrer or beslutter sends a case back (as NAV's Kelvin). */
public enum Returarsak { MANGELFULL_BEGRUNNELSE, MANGLENDE_UTREDNING, FEIL_LOVANVENDELSE, SKRIVEFEIL, ANNET }
