package no.oppfolgingsflyt.aap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AapSakRepository {

    private static final String KOLONNER = "saksreferanse, fnr, enhet, kilde, sykefravaer_ref, status, avsluttet_grunn, "
            + "process_instance_id";

    private final JdbcTemplate jdbc;

    public AapSakRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String nySaksreferanse() {
        return "AEV-" + jdbc.queryForObject("select nextval('aap_nr_seq')", Long.class);
    }

    public Optional<AapSak> finn(String saksreferanse) {
        return jdbc.query("select " + KOLONNER + " from aap_sak where saksreferanse = ?", AapSakRepository::map,
                saksreferanse).stream().findFirst();
    }

    public List<AapSak> finnForPerson(String fnr) {
        return jdbc.query("select " + KOLONNER + " from aap_sak where fnr = ? order by saksreferanse",
                AapSakRepository::map, fnr);
    }

    public Optional<AapSak> finnAktiv(String fnr) {
        return jdbc.query("select " + KOLONNER + " from aap_sak where aktiv_fnr = ?", AapSakRepository::map, fnr)
                .stream().findFirst();
    }

    public void opprett(AapSak s) {
        jdbc.update("insert into aap_sak (saksreferanse, fnr, aktiv_fnr, enhet, kilde, sykefravaer_ref, status, "
                + "opprettet) values (?, ?, ?, ?, ?, ?, 'AKTIV', ?)", s.saksreferanse(), s.fnr(), s.fnr(), s.enhet(),
                s.kilde().name(), s.sykefravaerRef(), Timestamp.valueOf(Datoer.naa()));
    }

    public void settProsess(String saksreferanse, String processInstanceId) {
        jdbc.update("update aap_sak set process_instance_id = ? where saksreferanse = ?", processInstanceId,
                saksreferanse);
    }

    public boolean avslutt(String saksreferanse, String grunn) {
        return jdbc.update("update aap_sak set status = 'AVSLUTTET', aktiv_fnr = null, avsluttet_grunn = ?, "
                + "avsluttet_tid = ? where saksreferanse = ? and status = 'AKTIV'", grunn,
                Timestamp.valueOf(Datoer.naa()), saksreferanse) == 1;
    }

    private static AapSak map(ResultSet rs, int i) throws SQLException {
        return new AapSak(rs.getString(1), rs.getString(2), rs.getString(3), AapSak.Kilde.valueOf(rs.getString(4)),
                rs.getString(5), AapSak.Status.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8));
    }
}
