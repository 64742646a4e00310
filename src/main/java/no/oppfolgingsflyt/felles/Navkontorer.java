package no.oppfolgingsflyt.felles;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The NAV offices the application knows (table {@code navkontor}, loaded by V20__navkontor.sql). */
@Repository
public class Navkontorer {

    private final JdbcTemplate jdbc;

    public Navkontorer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean erKjent(String enhet) {
        return Format.erEnhet(enhet)
                && jdbc.queryForObject("select count(*) from navkontor where enhet = ?", Integer.class, enhet) > 0;
    }

    public Optional<String> navn(String enhet) {
        return jdbc.queryForList("select navn from navkontor where enhet = ?", String.class, enhet).stream()
                .findFirst();
    }

    /** Why the value is not an office that cases can be given to, or empty when it is one. */
    public Optional<String> feil(String enhet) {
        if (!Format.erEnhet(enhet)) {
            return Optional.of("is required: the NAV office number, 4 digits");
        }
        return erKjent(enhet) ? Optional.empty() : Optional.of("er ikke et kjent NAV-kontor");
    }
}
