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

    /** A period of a stored sykmelding as it counts now, with the case the sykmelding belongs to. */
    public record Sykeperiode(String sykmeldingId, String saksreferanse, Periode periode) {}

    /**
     * Every period of the person's sykmeldinger as it counts now, oldest first: annulled sykmeldinger are left out, a
     * period is cut the day before a later friskmelding's date, and left out when it starts on or after it.
     */
    public List<Sykeperiode> gjeldendePerioder(String fnr) {
        return jdbc.query("select s.sykmelding_id, s.saksreferanse, p.fom, p.tom, p.grad, s.friskmeldt_fom "
                        + "from sykmelding_periode p join sykmelding s on s.sykmelding_id = p.sykmelding_id "
                        + "where s.fnr = ? and s.annullert is null order by p.fom, p.tom", (rs, i) -> {
                    LocalDate fom = rs.getObject(3, LocalDate.class);
                    LocalDate tom = rs.getObject(4, LocalDate.class);
                    LocalDate friskmeldt = rs.getObject(6, LocalDate.class);
                    if (friskmeldt != null && !tom.isBefore(friskmeldt)) {
                        tom = friskmeldt.minusDays(1);
                    }
                    return tom.isBefore(fom) ? null : new Sykeperiode(rs.getString(1), rs.getString(2),
                            new Periode(fom, tom, rs.getInt(5)));
                }, fnr).stream().filter(java.util.Objects::nonNull).toList();
    }

    /** A friskmelding: the person's sick leave known now ends the day before {@code fom}. */
    public void friskmeld(String fnr, LocalDate fom) {
        jdbc.update("update sykmelding set friskmeldt_fom = ? where fnr = ? and (friskmeldt_fom is null or "
                + "friskmeldt_fom > ?) and exists (select 1 from sykmelding_periode p where p.sykmelding_id = "
                + "sykmelding.sykmelding_id and p.tom >= ?)", fom, fnr, fom, fom);
    }

    /** The sender withdrew the sykmelding: it stays on record, but counts no more. False when it was annulled already. */
    public boolean annuller(String sykmeldingId) {
        return jdbc.update("update sykmelding set annullert = ? where sykmelding_id = ? and annullert is null",
                Timestamp.valueOf(Datoer.naa()), sykmeldingId) == 1;
    }

    /** Moves one sykmelding to another case (an annulment split its tilfelle). */
    public void flyttSykmelding(String sykmeldingId, String tilSaksreferanse) {
        jdbc.update("update sykmelding set saksreferanse = ? where sykmelding_id = ?", tilSaksreferanse, sykmeldingId);
    }

    /** Moves the sykmeldinger of one case to another (two cases turned out to follow one tilfelle). */
    public void flyttTilSak(String fraSaksreferanse, String tilSaksreferanse) {
        jdbc.update("update sykmelding set saksreferanse = ? where saksreferanse = ?", tilSaksreferanse,
                fraSaksreferanse);
    }
}
