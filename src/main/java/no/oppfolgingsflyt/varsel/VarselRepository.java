package no.oppfolgingsflyt.varsel;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The varsel outbox. */
@Repository
public class VarselRepository {

    public enum Status { BESTILT, SENDT, STOPPET }

    public record Varsel(long id, String saksreferanse, VarselType type, VarselType.Mottaker mottaker, LocalDate frist,
            Status status) {}

    private final JdbcTemplate jdbc;

    public VarselRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the varsel unless one with the same key exists; returns whether it was inserted. */
    public boolean bestill(String nokkel, String saksreferanse, VarselType type, VarselType.Mottaker mottaker,
            LocalDate frist) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        // insert-if-absent that works on PostgreSQL and H2; a concurrent duplicate fails on the unique key, the job is
        // retried and then finds the row.
        return jdbc.update("insert into varsel (idempotens_nokkel, saksreferanse, type, mottaker, frist, status, "
                        + "bestilt, endret) select ?, ?, ?, ?, cast(? as date), 'BESTILT', cast(? as timestamp), "
                        + "cast(? as timestamp) where not exists (select 1 from varsel where idempotens_nokkel = ?)",
                nokkel, saksreferanse, type.name(), mottaker.name(), frist, naa, naa, nokkel) == 1;
    }

    /** Stops every varsel of the case that has not gone out yet; returns how many. */
    public int stoppBestilte(String saksreferanse) {
        return jdbc.update("update varsel set status = 'STOPPET', endret = ? where saksreferanse = ? and status = "
                + "'BESTILT'", Timestamp.valueOf(Datoer.naa()), saksreferanse);
    }

    public List<Varsel> forSak(String saksreferanse) {
        return jdbc.query("select id, saksreferanse, type, mottaker, frist, status from varsel where saksreferanse = ? "
                        + "order by id",
                (rs, i) -> new Varsel(rs.getLong(1), rs.getString(2), VarselType.valueOf(rs.getString(3)),
                        VarselType.Mottaker.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        Status.valueOf(rs.getString(6))), saksreferanse);
    }
}
