package no.oppfolgingsflyt.sykefravaer;

import no.oppfolgingsflyt.PostgresAppTest;

/** {@link TidslinjeTest} on the real PostgreSQL. */
@PostgresAppTest
class TidslinjePaPostgresTest extends TidslinjeTest {}
