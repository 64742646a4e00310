package no.oppfolgingsflyt.sykefravaer;

import no.oppfolgingsflyt.PostgresAppTest;

/** {@link SykmeldingApiTest} on the real PostgreSQL. */
@PostgresAppTest
class SykmeldingApiPaPostgresTest extends SykmeldingApiTest {}
