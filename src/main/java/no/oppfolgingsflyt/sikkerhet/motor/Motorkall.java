package no.oppfolgingsflyt.sikkerhet.motor;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * A request to the engine REST API or a webapp API, reduced to what {@link MotorApiRegler} matches: the method and
 * the path without prefix ({@code motor/task/123/complete}, {@code cockpit/plugin/…}). A path that could be read two
 * ways (encoded slashes or dots, matrix parameters, empty or dot segments) is not a call at all: it is refused
 * rather than guessed at.
 */
record Motorkall(String metode, String sti, String motornavn) {

    private static final Pattern TVETYDIG = Pattern.compile("(?i)(;|\\\\|%2f|%5c|%2e|%00|//)");
    private static final Pattern ID_LIGNENDE = Pattern.compile(".*[0-9@].*|.{41,}");

    /** Null when the path is ambiguous. */
    static Motorkall fra(HttpServletRequest req) {
        String raa = req.getRequestURI().substring(req.getContextPath().length());
        if (TVETYDIG.matcher(raa).find()) {
            return null;
        }
        String sti;
        try {
            sti = UriUtils.decode(raa, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (String del : sti.split("/")) {
            if (del.equals(".") || del.equals("..")) {
                return null;
            }
        }
        if (sti.endsWith("/")) {
            sti = sti.substring(0, sti.length() - 1);
        }
        String metode = req.getMethod().toUpperCase(Locale.ROOT);
        if (metode.equals("HEAD")) {
            metode = "GET";
        }
        if (sti.startsWith("/engine-rest")) {
            return motor(metode, sti.substring("/engine-rest".length()), true);
        }
        if (sti.startsWith("/camunda/api/engine")) {
            return motor(metode, sti.substring("/camunda/api/engine".length()), false);
        }
        if (sti.startsWith("/camunda/api/")) {
            return new Motorkall(metode, sti.substring("/camunda/api/".length()), null);
        }
        return null;
    }

    /**
     * {@code /engine/{name}/rest} names the engine; the engine REST API also answers without it (the default
     * engine). {@code /engine} alone lists the engines.
     */
    private static Motorkall motor(String metode, String rest, boolean utenNavnTillatt) {
        if (rest.isEmpty() || rest.equals("/engine")) {
            return new Motorkall(metode, "motor", null);
        }
        if (rest.startsWith("/engine/")) {
            String[] deler = rest.substring("/engine/".length()).split("/", 2);
            return new Motorkall(metode, deler.length == 1 ? "motor" : "motor/" + deler[1], deler[0]);
        }
        if (!utenNavnTillatt || !rest.startsWith("/")) {
            return null;
        }
        return new Motorkall(metode, "motor" + rest, null);
    }

    String[] deler() {
        return sti.split("/");
    }

    /** The path for the security log: ids, user names and anything else that might be data become {}. */
    String monsterForLogg() {
        StringBuilder b = new StringBuilder();
        for (String del : deler()) {
            b.append(b.isEmpty() ? "" : "/").append(ID_LIGNENDE.matcher(del).matches() ? "{}" : del);
        }
        return b.toString();
    }
}
