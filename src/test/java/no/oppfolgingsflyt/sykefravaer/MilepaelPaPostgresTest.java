package no.oppfolgingsflyt.sykefravaer;

import no.oppfolgingsflyt.PostgresAppTest;

/** {@link MilepaelTest} on the real PostgreSQL. */
@PostgresAppTest
class MilepaelPaPostgresTest extends MilepaelTest {}
