package no.oppfolgingsflyt.varsel;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Whom a case is about, for sending its varsler: a sykefravær case (SF-…) or an arbeidsevnevurdering (AEV-…). */
@Repository
public class Personoppslag {

    public record Person(String fnr, String orgnummer) {}

    private final JdbcTemplate jdbc;

    public Personoppslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> finn(String saksreferanse) {
        return jdbc.query("select fnr, orgnummer from sak where saksreferanse = ? "
                        + "union all select fnr, null from aap_sak where saksreferanse = ?",
                (rs, i) -> new Person(rs.getString(1), rs.getString(2)), saksreferanse, saksreferanse)
                .stream().findFirst();
    }
}
