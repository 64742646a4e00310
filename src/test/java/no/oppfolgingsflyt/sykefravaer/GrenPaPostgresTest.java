package no.oppfolgingsflyt.sykefravaer;

import no.oppfolgingsflyt.PostgresAppTest;

/** {@link GrenTest} on the real PostgreSQL. */
@PostgresAppTest
class GrenPaPostgresTest extends GrenTest {}
