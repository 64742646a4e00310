package no.oppfolgingsflyt.varsel;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who receives varsler: the nærmeste ledere of a person at an employer, the employer itself, the person. */
@Repository
public class MottakerRepository {

    public record Leder(String navn, String epost) {}

    private final JdbcTemplate jdbc;

    public MottakerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The current nærmeste ledere, replaced as a set; unchanged ones keep their history. */
    public void settNaermesteLedere(String fnr, String orgnummer, List<Leder> ledere) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        List<Leder> naavaerende = naermesteLedere(fnr, orgnummer);
        for (Leder gammel : naavaerende) {
            if (!ledere.contains(gammel)) {
                jdbc.update("update naermeste_leder set aktiv = false, til = ? where fnr = ? and orgnummer = ? "
                        + "and epost = ? and aktiv = true", naa, fnr, orgnummer, gammel.epost());
            }
        }
        for (Leder ny : ledere) {
            if (!naavaerende.contains(ny)) {
                jdbc.update("insert into naermeste_leder (fnr, orgnummer, navn, epost, aktiv, fra) "
                        + "values (?, ?, ?, ?, true, ?)", fnr, orgnummer, ny.navn(), ny.epost(), naa);
            }
        }
    }

    public List<Leder> naermesteLedere(String fnr, String orgnummer) {
        return jdbc.query("select navn, epost from naermeste_leder where fnr = ? and orgnummer = ? and aktiv = true "
                + "order by id", (rs, i) -> new Leder(rs.getString(1), rs.getString(2)), fnr, orgnummer);
    }

    public void settArbeidsgiver(String orgnummer, String navn, String epost) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        if (jdbc.update("update arbeidsgiver set navn = ?, epost = ?, endret = ? where orgnummer = ?", navn, epost,
                naa, orgnummer) == 0) {
            jdbc.update("insert into arbeidsgiver (orgnummer, navn, epost, endret) values (?, ?, ?, ?)", orgnummer,
                    navn, epost, naa);
        }
    }

    public Optional<String> arbeidsgiverEpost(String orgnummer) {
        return jdbc.query("select epost from arbeidsgiver where orgnummer = ? and epost is not null",
                (rs, i) -> rs.getString(1), orgnummer).stream().findFirst();
    }

    public void settKontaktinfo(String fnr, String epost) {
        Timestamp naa = Timestamp.valueOf(Datoer.naa());
        if (jdbc.update("update kontaktinfo set epost = ?, endret = ? where fnr = ?", epost, naa, fnr) == 0) {
            jdbc.update("insert into kontaktinfo (fnr, epost, endret) values (?, ?, ?)", fnr, epost, naa);
        }
    }

    public Optional<String> kontaktEpost(String fnr) {
        return jdbc.query("select epost from kontaktinfo where fnr = ?", (rs, i) -> rs.getString(1), fnr).stream()
                .findFirst();
    }
}
