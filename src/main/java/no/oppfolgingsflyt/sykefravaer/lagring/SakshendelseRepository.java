package no.oppfolgingsflyt.sykefravaer.lagring;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.styring.Milepaeler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only case log: what happened to a case, when, by whom and why. */
@Repository
public class SakshendelseRepository {

    public record Sakshendelse(String type, String kode, String begrunnelse, String utfortAv, LocalDateTime tidspunkt) {}

    private final JdbcTemplate jdbc;

    public SakshendelseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void registrer(String saksreferanse, String type, String kode, String begrunnelse, String utfortAv) {
        jdbc.update("insert into sakshendelse (saksreferanse, type, kode, begrunnelse, utfort_av, tidspunkt) "
                        + "values (?, ?, ?, ?, ?, ?)", saksreferanse, type, kode, begrunnelse, utfortAv,
                Timestamp.valueOf(Datoer.naa()));
        if (saksreferanse.startsWith("SF-") && Milepaeler.RELEVANTE.contains(type)) {
            oppdaterMilepaeler(saksreferanse);
        }
    }

    /** Writes on the case when its milestones were met, from its log (the process owner's figures read them). */
    public void oppdaterMilepaeler(String saksreferanse) {
        Milepaeler m = Milepaeler.fra(forSak(saksreferanse));
        jdbc.update("update sak set friskmeldt_fom = ?, oppfolgingsplan_bekreftet = ?, dialogmote1_bekreftet = ?, "
                        + "aktivitetskrav_vurdert = ?, dialogmote2_avklart = ?, milepaeler_beregnet = true "
                        + "where saksreferanse = ?", m.friskmeldtFom(), m.oppfolgingsplanBekreftet(),
                m.dialogmote1Bekreftet(), m.aktivitetskravVurdert(), m.dialogmote2Avklart(), saksreferanse);
    }

    public List<Sakshendelse> forSak(String saksreferanse) {
        return jdbc.query("select type, kode, begrunnelse, utfort_av, tidspunkt from sakshendelse "
                        + "where saksreferanse = ? order by id",
                (rs, i) -> new Sakshendelse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()), saksreferanse);
    }
}
