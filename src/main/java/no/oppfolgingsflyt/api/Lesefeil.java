package no.oppfolgingsflyt.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What is wrong with a request body that could not be read, as one {@link Feltfeil}: the field when there is one,
 * else {@code (body)}. JSON syntax errors and duplicate keys are told in Norwegian with the place in the text;
 * a parse error inside a field's value counts as a syntax error, not as a value of the wrong type.
 */
final class Lesefeil {

    static final String KROPP = "(body)";
    private static final Pattern DUPLIKAT = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern UVENTET_TEGN = Pattern.compile("Unexpected character \\('(.{1,2})' \\(code");
    private static final Pattern UVENTET_LUKKING = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern UKJENT_ORD = Pattern.compile("Unrecognized token '([^']{0,40})");
    private static final int MAKS_FELTNAVN = 100;

    private Lesefeil() {}

    static Feltfeil av(HttpMessageNotReadableException ex) {
        JsonParseException syntaks = finn(ex, JsonParseException.class);
        if (syntaks != null) {
            return syntaksfeil(syntaks);
        }
        if (ex.getCause() instanceof MismatchedInputException mie && mie.getOriginalMessage() != null
                && mie.getOriginalMessage().startsWith("Trailing token")) {
            return new Feltfeil(KROPP, "forespørselen er ikke gyldig JSON: det står mer etter JSON-objektet"
                    + sted(mie.getLocation()));
        }
        if (ex.getCause() instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            return new Feltfeil(sti(jme.getPath()), jme instanceof UnrecognizedPropertyException
                    ? "is not a known field"
                    : "has a value of the wrong type or format (dates are YYYY-MM-DD)");
        }
        if (ex.getCause() == null) {
            return new Feltfeil(KROPP, "forespørselen mangler innhold: send ett JSON-objekt");
        }
        if (ex.getCause() instanceof JsonMappingException) {
            return new Feltfeil(KROPP, "forespørselen må være ett JSON-objekt med feltene i beskrivelsen av API-et");
        }
        return new Feltfeil(KROPP, "forespørselen er ikke gyldig JSON");
    }

    private static Feltfeil syntaksfeil(JsonParseException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplikat = DUPLIKAT.matcher(original);
        if (duplikat.find()) {
            // the last value would otherwise win silently: another person, another office
            String felt = duplikat.group(1);
            felt = felt.length() > MAKS_FELTNAVN ? felt.substring(0, MAKS_FELTNAVN) + "…" : felt;
            return new Feltfeil(sti(e.getProcessor(), felt), "forekommer mer enn én gang i samme objekt"
                    + sted(e.getLocation()) + "; hvert felt skal stå én gang");
        }
        return new Feltfeil(KROPP, "forespørselen er ikke gyldig JSON: " + hva(e, original) + sted(e.getLocation()));
    }

    private static String hva(JsonParseException e, String original) {
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
            if (token == JsonToken.VALUE_STRING) {
                return "en tekst mangler det avsluttende anførselstegnet (\")";
            }
            if (token == JsonToken.FIELD_NAME) {
                return "et feltnavn mangler det avsluttende anførselstegnet (\")";
            }
            return original.contains("Array") ? "teksten slutter før lista er avsluttet med ]"
                    : original.contains("Object") ? "teksten slutter før objektet er avsluttet med }"
                    : "teksten slutter for tidlig";
        }
        Matcher tegn = UVENTET_TEGN.matcher(original);
        if (tegn.find()) {
            return "uventet tegn «" + tegn.group(1) + "»" + (original.contains("double-quote to start field name")
                    ? " der et feltnavn i anførselstegn skulle stå" : "");
        }
        Matcher lukk = UVENTET_LUKKING.matcher(original);
        if (lukk.find()) {
            return "uventet «" + lukk.group(1) + "»: klammene { } og [ ] går ikke opp";
        }
        Matcher ord = UKJENT_ORD.matcher(original);
        if (ord.find()) {
            return "ukjent ord «" + ord.group(1) + "»: tekst skal stå i anførselstegn, og ja/nei er true/false";
        }
        if (original.startsWith("Illegal unquoted character")) {
            return "en tekst inneholder et linjeskift eller et annet kontrolltegn som må skrives med \\";
        }
        if (original.contains("Unrecognized character escape")) {
            return "en tekst inneholder en ugyldig \\-sekvens";
        }
        if (original.contains("Leading zeroes") || original.contains("numeric value")) {
            return "et tall er skrevet feil";
        }
        return "teksten følger ikke JSON-syntaksen";
    }

    private static String sted(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : " (linje " + l.getLineNr() + ", tegn " + l.getColumnNr() + ")";
    }

    /** The path of a field in the object the parser is in, e.g. naermesteLeder.epost or perioder[0].fom. */
    private static String sti(Object prosessor, String felt) {
        if (!(prosessor instanceof JsonParser p)) {
            return felt;
        }
        Deque<String> deler = new ArrayDeque<>();
        for (JsonStreamContext c = p.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                deler.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                deler.push(c.getCurrentName());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String d : deler) {
            b.append(b.isEmpty() || d.startsWith("[") ? "" : ".").append(d);
        }
        return b.append(b.isEmpty() ? "" : ".").append(felt).toString();
    }

    private static String sti(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static <T extends Throwable> T finn(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
