package no.oppfolgingsflyt.sykefravaer.prosess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import no.oppfolgingsflyt.felles.Datoer;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the values a veileder submitted in a Camunda Form, with the rule-breaking ones reported clearly. */
public final class Skjemaverdier {

    private final VariableScope v;

    public Skjemaverdier(VariableScope v) {
        this.v = v;
    }

    public String tekst(String navn) {
        Object verdi = v.getVariable(navn);
        return verdi == null || verdi.toString().isBlank() ? null : verdi.toString().trim();
    }

    public String paakrevdTekst(String navn, String felt) {
        String t = tekst(navn);
        if (t == null) {
            throw new VurderingUgyldig(felt + " må fylles ut");
        }
        return t;
    }

    public String valg(String navn, String felt, List<String> lovlige) {
        String verdi = paakrevdTekst(navn, felt);
        if (!lovlige.contains(verdi)) {
            throw new VurderingUgyldig(felt + " må være en av " + lovlige + ", var " + verdi);
        }
        return verdi;
    }

    /** A date field: "2025-03-15" from the form's date picker, or a Date set through the API. */
    public LocalDate dato(String navn, String felt) {
        Object verdi = v.getVariable(navn);
        if (verdi == null || verdi.toString().isBlank()) {
            return null;
        }
        if (verdi instanceof Date d) {
            return Datoer.dato(d);
        }
        try {
            return LocalDate.parse(verdi.toString().substring(0, Math.min(10, verdi.toString().length())));
        } catch (DateTimeParseException e) {
            throw new VurderingUgyldig(felt + " er ikke en gyldig dato: " + verdi);
        }
    }

    public LocalDate paakrevdDato(String navn, String felt) {
        LocalDate d = dato(navn, felt);
        if (d == null) {
            throw new VurderingUgyldig(felt + " må fylles ut");
        }
        return d;
    }

    /** A date-and-time field ("2025-06-10T10:00", optionally with an offset), as Norwegian local time. */
    public LocalDateTime paakrevdTidspunkt(String navn, String felt) {
        Object verdi = v.getVariable(navn);
        if (verdi == null || verdi.toString().isBlank()) {
            throw new VurderingUgyldig(felt + " må fylles ut");
        }
        if (verdi instanceof Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), Datoer.NORGE);
        }
        String s = verdi.toString();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(Datoer.NORGE).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                throw new VurderingUgyldig(felt + " er ikke et gyldig tidspunkt: " + s);
            }
        }
    }
}
