package no.oppfolgingsflyt.sykefravaer;

import no.oppfolgingsflyt.PostgresAppTest;

/** {@link PersonensTilfelleTest} on the real PostgreSQL. */
@PostgresAppTest
class PersonensTilfellePaPostgresTest extends PersonensTilfelleTest {}
