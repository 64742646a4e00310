package no.oppfolgingsflyt.sikkerhet.motor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields of every task form (forms/*.form, read once at startup): a task is completed with the fields of its
 * own form only, each of its type and, for choices, one of its options. Anything else a caller sends (a variable the
 * process branches on, an office, a decision maker, a serialized Java object) is refused before the engine sees it.
 * Read-only fields (the case facts) are display only and dropped. The rules between fields (which reason goes with
 * which outcome, what is required) are the domain's and are checked when the task completes.
 */
@Component
public class Oppgaveskjemaer {

    /** One input field of a form. */
    record Felt(String nokkel, String etikett, String type, List<String> valg, boolean skrivebeskyttet,
            int maksLengde, Double min, Double maks) {}

    /** A refused completion: 400 with this Norwegian message. */
    static class UgyldigSkjema extends RuntimeException {
        UgyldigSkjema(String melding) {
            super(melding, null, false, false);
        }
    }

    private static final Set<String> TILLATTE_TYPER = Set.of("string", "boolean", "long", "integer", "short",
            "double", "null");
    private static final Pattern DATO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]{4,12}(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final int STANDARD_MAKS_LENGDE = 10_000;

    private final Map<String, Map<String, Felt>> skjemaer;
    private final ObjectMapper json;

    public Oppgaveskjemaer(ObjectMapper json) throws IOException {
        this.json = json;
        Map<String, Map<String, Felt>> alle = new HashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = r.getInputStream()) {
                JsonNode skjema = json.readTree(in);
                Map<String, Felt> felter = new LinkedHashMap<>();
                samle(skjema.path("components"), felter);
                alle.put(skjema.path("id").asText(), Map.copyOf(felter));
            }
        }
        this.skjemaer = Map.copyOf(alle);
    }

    /** The form ids known, for tests. */
    Set<String> skjemaIder() {
        return skjemaer.keySet();
    }

    private static void samle(JsonNode komponenter, Map<String, Felt> felter) {
        for (JsonNode k : komponenter) {
            if (k.has("components")) {
                samle(k.path("components"), felter);
            }
            if (!k.hasNonNull("key")) {
                continue;
            }
            List<String> valg = k.has("values")
                    ? java.util.stream.StreamSupport.stream(k.path("values").spliterator(), false)
                            .map(v -> v.path("value").asText()).toList()
                    : List.of();
            JsonNode v = k.path("validate");
            felter.put(k.path("key").asText(), new Felt(k.path("key").asText(), k.path("label").asText(),
                    k.path("type").asText(), valg, k.path("readonly").asBoolean() || k.path("disabled").asBoolean(),
                    v.path("maxLength").asInt(STANDARD_MAKS_LENGDE),
                    v.has("min") ? v.path("min").asDouble() : null, v.has("max") ? v.path("max").asDouble() : null));
        }
    }

    /**
     * Checks a complete or submit-form body ({@code {"variables": {...}}}) against the form and returns the body to
     * pass on: the same variables, without read-only fields.
     *
     * @param skjemaId the task's form id, or null when the task has no form (then no variables are accepted)
     */
    byte[] kontroller(String skjemaId, byte[] kropp) {
        Map<String, Felt> felter = skjemaId == null ? Map.of() : skjemaer.get(skjemaId);
        if (felter == null) {
            throw new UgyldigSkjema("Oppgavens skjema er ukjent");
        }
        JsonNode rot;
        try {
            rot = kropp.length == 0 ? json.createObjectNode() : json.readTree(kropp);
        } catch (IOException e) {
            throw new UgyldigSkjema("Forespørselen er ikke gyldig JSON");
        }
        if (rot == null || !rot.isObject()) {
            throw new UgyldigSkjema("Forespørselen må være et JSON-objekt");
        }
        Iterator<String> navn = rot.fieldNames();
        while (navn.hasNext()) {
            String n = navn.next();
            if (!n.equals("variables")) {
                throw new UgyldigSkjema("«" + n + "» er ikke tillatt her; send bare skjemaets felter i «variables»");
            }
        }
        ObjectNode ut = json.createObjectNode();
        ObjectNode variabler = ut.putObject("variables");
        JsonNode inn = rot.path("variables");
        if (!inn.isMissingNode() && !inn.isNull() && !inn.isObject()) {
            throw new UgyldigSkjema("«variables» må være et JSON-objekt");
        }
        Iterator<Map.Entry<String, JsonNode>> it = inn.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Felt felt = felter.get(e.getKey());
            if (felt == null) {
                throw new UgyldigSkjema("Feltet «" + e.getKey() + "» hører ikke til oppgavens skjema");
            }
            if (felt.skrivebeskyttet()) {
                continue;
            }
            variabler.set(e.getKey(), kontrollerVerdi(felt, e.getValue()));
        }
        try {
            return json.writeValueAsBytes(ut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode kontrollerVerdi(Felt felt, JsonNode variabel) {
        String navn = "«" + (felt.etikett().isBlank() ? felt.nokkel() : felt.etikett()) + "»";
        if (!variabel.isObject()) {
            throw new UgyldigSkjema(navn + " må sendes som {\"value\": …, \"type\": …}");
        }
        Iterator<String> deler = variabel.fieldNames();
        while (deler.hasNext()) {
            String d = deler.next();
            if (!d.equals("value") && !d.equals("type") && !(d.equals("valueInfo") && variabel.path(d).isEmpty())) {
                throw new UgyldigSkjema(navn + " har en egenskap som ikke er tillatt: «" + d + "»");
            }
        }
        String type = variabel.path("type").asText("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !TILLATTE_TYPER.contains(type)) {
            throw new UgyldigSkjema(navn + " har en verditype som ikke er tillatt");
        }
        JsonNode v = variabel.path("value");
        if (v.isMissingNode() || v.isNull()) {
            return variabel;
        }
        Set<String> typer = switch (felt.type()) {
            case "checkbox" -> Set.of("", "boolean");
            case "number" -> Set.of("", "long", "integer", "short", "double");
            default -> Set.of("", "string");
        };
        boolean gyldig = typer.contains(type) && switch (felt.type()) {
            case "checkbox" -> v.isBoolean();
            case "number" -> v.isNumber() && (felt.min() == null || v.asDouble() >= felt.min())
                    && (felt.maks() == null || v.asDouble() <= felt.maks());
            case "radio", "select" -> v.isTextual() && felt.valg().contains(v.asText());
            case "datetime" -> v.isTextual() && DATO.matcher(v.asText()).matches();
            default -> v.isTextual() && v.asText().length() <= felt.maksLengde();
        };
        if (!gyldig) {
            throw new UgyldigSkjema(navn + " har en ugyldig verdi" + switch (felt.type()) {
                case "checkbox" -> " (ja eller nei)";
                case "number" -> " (et tall" + (felt.min() == null ? "" : " fra " + felt.min().intValue())
                        + (felt.maks() == null ? "" : " til " + felt.maks().intValue()) + ")";
                case "radio", "select" -> " (velg et av alternativene)";
                case "datetime" -> " (en dato)";
                default -> " (tekst på høyst " + felt.maksLengde() + " tegn)";
            });
        }
        return variabel;
    }
}
