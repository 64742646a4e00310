package no.oppfolgingsflyt.varsel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The varsel outbox: one row per varsel and recipient kind, with its delivery state. */
@Repository
public class VarselRepository {

    public enum Status { PLANLAGT, SENDER, SENDT, FEILET, STOPPET, MANGLER_ADRESSE }

    public record Varsel(long id, String idempotensNokkel, String saksreferanse, VarselType type,
            VarselType.Mottaker mottaker, LocalDate frist, Status status, LocalDateTime planlagtTid,
            LocalDateTime sendtTid, int forsok, String feilmelding) {}

    private static final String KOLONNER = "id, idempotens_nokkel, saksreferanse, type, mottaker, frist, status, "
            + "planlagt_tid, sendt_tid, forsok, feilmelding";

    private final JdbcTemplate jdbc;

    public VarselRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the varsel unless one with the same key exists; returns the new row's id, or empty. */
    public Optional<Long> planlegg(String nokkel, String saksreferanse, VarselType type, VarselType.Mottaker mottaker,
            LocalDate frist, LocalDateTime planlagtTid) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        // insert-if-absent that works on PostgreSQL and H2; a concurrent duplicate fails on the unique key, the job is
        // retried and then finds the row.
        int nye = jdbc.update("insert into varsel (idempotens_nokkel, saksreferanse, type, mottaker, frist, status, "
                        + "planlagt_tid, bestilt, endret) select ?, ?, ?, ?, cast(? as date), 'PLANLAGT', "
                        + "cast(? as timestamp), cast(? as timestamp), cast(? as timestamp) "
                        + "where not exists (select 1 from varsel where idempotens_nokkel = ?)",
                nokkel, saksreferanse, type.name(), mottaker.name(), frist, Timestamp.valueOf(planlagtTid), naa, naa,
                nokkel);
        if (nye == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("select id from varsel where idempotens_nokkel = ?", Long.class, nokkel));
    }

    public Optional<Varsel> finn(long id) {
        return jdbc.query("select " + KOLONNER + " from varsel where id = ?", VarselRepository::map, id).stream()
                .findFirst();
    }

    /**
     * Claims the varsel for sending: true for exactly one caller while it is planned or failed (or claimed by a sender
     * that died more than {@code laasMinutter} ago).
     */
    public boolean kreve(long id, int laasMinutter) {
        LocalDateTime naa = Datoer.naa();
        return jdbc.update("update varsel set status = 'SENDER', forsok = forsok + 1, endret = ? where id = ? and "
                        + "(status in ('PLANLAGT', 'FEILET') or (status = 'SENDER' and endret < ?))",
                Timestamp.valueOf(naa), id, Timestamp.valueOf(naa.minusMinutes(laasMinutter))) == 1;
    }

    public void markerSendt(long id) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        jdbc.update("update varsel set status = 'SENDT', sendt_tid = ?, endret = ?, feilmelding = null where id = ?",
                naa, naa, id);
    }

    public void markerFeilet(long id, String feilmelding) {
        jdbc.update("update varsel set status = 'FEILET', feilmelding = ?, endret = ? where id = ?",
                feilmelding.length() > 1000 ? feilmelding.substring(0, 1000) : feilmelding,
                Timestamp.valueOf(Datoer.naa()), id);
    }

    public void markerManglerAdresse(long id) {
        jdbc.update("update varsel set status = 'MANGLER_ADRESSE', endret = ? where id = ?",
                Timestamp.valueOf(Datoer.naa()), id);
    }

    /** Stops every varsel of the case that has not gone out yet; returns how many. */
    public int stoppIkkeSendte(String saksreferanse) {
        return jdbc.update("update varsel set status = 'STOPPET', endret = ? where saksreferanse = ? and status in "
                + "('PLANLAGT', 'FEILET')", Timestamp.valueOf(Datoer.naa()), saksreferanse);
    }

    public List<Varsel> forSak(String saksreferanse) {
        return jdbc.query("select " + KOLONNER + " from varsel where saksreferanse = ? order by id",
                VarselRepository::map, saksreferanse);
    }

    private static Varsel map(ResultSet rs, int i) throws SQLException {
        Timestamp planlagt = rs.getTimestamp("planlagt_tid");
        Timestamp sendt = rs.getTimestamp("sendt_tid");
        return new Varsel(rs.getLong("id"), rs.getString("idempotens_nokkel"), rs.getString("saksreferanse"),
                VarselType.valueOf(rs.getString("type")), VarselType.Mottaker.valueOf(rs.getString("mottaker")),
                rs.getObject("frist", LocalDate.class), Status.valueOf(rs.getString("status")),
                planlagt == null ? null : planlagt.toLocalDateTime(), sendt == null ? null : sendt.toLocalDateTime(),
                rs.getInt("forsok"), rs.getString("feilmelding"));
    }
}
