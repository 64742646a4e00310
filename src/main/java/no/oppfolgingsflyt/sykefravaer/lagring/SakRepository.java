package no.oppfolgingsflyt.sykefravaer.lagring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class SakRepository {

    private static final String KOLONNER = "saksreferanse, fnr, enhet, orgnummer, tilfelle_start, siste_sykedag, "
            + "gradert, status, avsluttet_grunn, process_instance_id";

    private final JdbcTemplate jdbc;

    public SakRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new readable case reference, e.g. SF-1001. */
    public String nySaksreferanse() {
        Long nr = jdbc.queryForObject("select nextval('sak_nr_seq')", Long.class);
        return "SF-" + nr;
    }

    public Optional<Sak> finn(String saksreferanse) {
        return jdbc.query("select " + KOLONNER + " from sak where saksreferanse = ?", SakRepository::map,
                saksreferanse).stream().findFirst();
    }

    public Optional<Sak> finnAktiv(String fnr) {
        return jdbc.query("select " + KOLONNER + " from sak where aktiv_fnr = ?", SakRepository::map, fnr)
                .stream().findFirst();
    }

    public List<Sak> finnForPerson(String fnr) {
        return jdbc.query("select " + KOLONNER + " from sak where fnr = ? order by tilfelle_start", SakRepository::map,
                fnr);
    }

    public void opprett(Sak s) {
        jdbc.update("insert into sak (saksreferanse, fnr, aktiv_fnr, enhet, orgnummer, tilfelle_start, siste_sykedag, "
                        + "gradert, status, avsluttet_grunn, avsluttet_tid, opprettet) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.saksreferanse(), s.fnr(), s.erAktiv() ? s.fnr() : null, s.enhet(), s.orgnummer(),
                s.tilfelleStart(), s.sisteSykedag(), s.gradert(),
                s.status().name(), s.avsluttetGrunn(), s.erAktiv() ? null : naa(), naa());
    }

    public void oppdaterTilfelle(String saksreferanse, LocalDate start, LocalDate sisteSykedag, boolean gradert) {
        jdbc.update("update sak set tilfelle_start = ?, siste_sykedag = ?, gradert = ? where saksreferanse = ?",
                start, sisteSykedag, gradert, saksreferanse);
    }

    /** Opens a closed case again: its tilfelle goes on. False when the case was not closed. */
    public boolean gjenapne(String saksreferanse, LocalDate start, LocalDate sisteSykedag, boolean gradert) {
        return jdbc.update("update sak set status = 'AKTIV', aktiv_fnr = fnr, avsluttet_grunn = null, avsluttet_tid = "
                + "null, tilfelle_start = ?, siste_sykedag = ?, gradert = ? where saksreferanse = ? and status = "
                + "'AVSLUTTET'", start, sisteSykedag, gradert, saksreferanse) == 1;
    }

    public void settProsess(String saksreferanse, String processInstanceId) {
        jdbc.update("update sak set process_instance_id = ? where saksreferanse = ?", processInstanceId, saksreferanse);
    }

    public void settEnhet(String saksreferanse, String enhet) {
        jdbc.update("update sak set enhet = ? where saksreferanse = ?", enhet, saksreferanse);
    }

    /** Closes the case; returns false when it was closed already. */
    public boolean avslutt(String saksreferanse, String grunn) {
        return jdbc.update("update sak set status = 'AVSLUTTET', aktiv_fnr = null, avsluttet_grunn = ?, "
                + "avsluttet_tid = ? where saksreferanse = ? and status = 'AKTIV'", grunn, naa(), saksreferanse) == 1;
    }

    private static Timestamp naa() {
        return Timestamp.valueOf(Datoer.naa());
    }

    private static Sak map(ResultSet rs, int i) throws SQLException {
        return new Sak(rs.getString("saksreferanse"), rs.getString("fnr"), rs.getString("enhet"),
                rs.getString("orgnummer"), rs.getObject("tilfelle_start", LocalDate.class),
                rs.getObject("siste_sykedag", LocalDate.class),
                rs.getBoolean("gradert"), Sak.Status.valueOf(rs.getString("status")), rs.getString("avsluttet_grunn"),
                rs.getString("process_instance_id"));
    }
}
