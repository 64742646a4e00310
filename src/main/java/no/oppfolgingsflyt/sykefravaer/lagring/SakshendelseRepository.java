package no.oppfolgingsflyt.sykefravaer.lagring;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only case log: what happened to a case, when, by whom and why. */
@Repository
public class SakshendelseRepository {

    public record Sakshendelse(String type, String kode, String begrunnelse, String utfortAv, LocalDateTime tidspunkt) {}

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher hendelser;

    public SakshendelseRepository(JdbcTemplate jdbc, ApplicationEventPublisher hendelser) {
        this.jdbc = jdbc;
        this.hendelser = hendelser;
    }

    public void registrer(String saksreferanse, String type, String kode, String begrunnelse, String utfortAv) {
        jdbc.update("insert into sakshendelse (saksreferanse, type, kode, begrunnelse, utfort_av, tidspunkt) "
                        + "values (?, ?, ?, ?, ?, ?)", saksreferanse, type, kode, begrunnelse, utfortAv,
                Timestamp.valueOf(Datoer.naa()));
        hendelser.publishEvent(new SakshendelseRegistrert(saksreferanse, type));
    }

    public List<Sakshendelse> forSak(String saksreferanse) {
        return jdbc.query("select type, kode, begrunnelse, utfort_av, tidspunkt from sakshendelse "
                        + "where saksreferanse = ? order by id",
                (rs, i) -> new Sakshendelse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()), saksreferanse);
    }
}
