package no.oppfolgingsflyt.sykefravaer.lagring;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.Periode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SykmeldingRepository {

    public record Lagret(String sykmeldingId, String saksreferanse, String innholdHash) {}

    private final JdbcTemplate jdbc;

    public SykmeldingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Lagret> finn(String sykmeldingId) {
        return jdbc.query("select sykmelding_id, saksreferanse, innhold_hash from sykmelding where sykmelding_id = ?",
                (rs, i) -> new Lagret(rs.getString(1), rs.getString(2), rs.getString(3)), sykmeldingId)
                .stream().findFirst();
    }

    public void lagre(String sykmeldingId, String saksreferanse, String fnr, String sykmelder, String hash,
            List<Periode> perioder) {
        jdbc.update("insert into sykmelding (sykmelding_id, saksreferanse, fnr, sykmelder, innhold_hash, mottatt) "
                + "values (?, ?, ?, ?, ?, ?)", sykmeldingId, saksreferanse, fnr, sykmelder, hash,
                Timestamp.valueOf(Datoer.naa()));
        for (Periode p : perioder) {
            jdbc.update("insert into sykmelding_periode (sykmelding_id, fom, tom, grad) values (?, ?, ?, ?)",
                    sykmeldingId, p.fom(), p.tom(), p.grad());
        }
    }

    public List<Periode> perioderForSak(String saksreferanse) {
        return jdbc.query("select p.fom, p.tom, p.grad from sykmelding_periode p join sykmelding s "
                        + "on s.sykmelding_id = p.sykmelding_id where s.saksreferanse = ?",
                (rs, i) -> new Periode(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getInt(3)), saksreferanse);
    }
}
