package no.oppfolgingsflyt.api;

import java.util.List;

/** The request breaks one or more rules; answered with 400 and every broken rule. Nothing was changed. */
public class Valideringsfeil extends RuntimeException {

    private final List<Feltfeil> feil;

    public Valideringsfeil(List<Feltfeil> feil) {
        super(feil.stream().map(f -> f.felt() + ": " + f.melding()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.feil = List.copyOf(feil);
    }

    public Valideringsfeil(String felt, String melding) {
        this(List.of(new Feltfeil(felt, melding)));
    }

    public List<Feltfeil> feil() {
        return feil;
    }
}
