package no.oppfolgingsflyt.varsel;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The links in employer reminders. A token is 256 random bits, good for one duty of one case, until it expires or
 * is used. Only its SHA-256 is stored, so a copy of the database holds no working link.
 */
@Repository
public class Bekreftelseslenker {

    public record Lenke(String tokenHash, String saksreferanse, String plikt, LocalDateTime utloper,
            LocalDateTime brukt) {

        public boolean erUtlopt() {
            return !Datoer.naa().isBefore(utloper);
        }
    }

    private static final SecureRandom TILFELDIG = new SecureRandom();

    private final JdbcTemplate jdbc;

    public Bekreftelseslenker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the duty; returns the token itself (only the hash is stored). */
    public String lag(String saksreferanse, String plikt, LocalDateTime utloper) {
        byte[] bytes = new byte[32];
        TILFELDIG.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into bekreftelseslenke (token_hash, saksreferanse, plikt, utloper) values (?, ?, ?, ?)",
                hash(token), saksreferanse, plikt, Timestamp.valueOf(utloper));
        return token;
    }

    public Optional<Lenke> finn(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.query("select token_hash, saksreferanse, plikt, utloper, brukt from bekreftelseslenke "
                + "where token_hash = ?", (rs, i) -> new Lenke(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(), rs.getTimestamp(5) == null ? null
                        : rs.getTimestamp(5).toLocalDateTime()), hash(token)).stream().findFirst();
    }

    /** Marks the link used; false when it was used already (by a concurrent request, say). */
    public boolean brukOpp(Lenke lenke) {
        return jdbc.update("update bekreftelseslenke set brukt = ? where token_hash = ? and brukt is null",
                Timestamp.valueOf(Datoer.naa()), lenke.tokenHash()) == 1;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
