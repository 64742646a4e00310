package no.oppfolgingsflyt.felles.skjema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules of a vurdering expect of its form in forms/: the fields they read with their labels, the options of
 * each choice, and which fields are required, always or only for some outcomes. A test holds every form to it, so
 * that the form marks as required what the rules require (form-js checks a field before Tasklist sends it) and the
 * messages name fields as the form labels them.
 *
 * @param skjema the form's id (forms/&lt;id&gt;.form)
 */
public record Skjemakrav(String skjema, List<Feltkrav> felt) {

    /**
     * One field. {@code valg} is the enum whose constants are the field's options (null for other fields). A field
     * with {@code styrtAv} is shown only while that field has one of the values {@code naar}: a required field that
     * applies to some outcomes only is hidden for the others, since form-js does not validate a hidden field.
     */
    public record Feltkrav(Felt felt, Class<? extends Enum<?>> valg, boolean paakrevd, Felt styrtAv,
            Set<String> naar) {

        public List<String> verdier() {
            return valg == null ? List.of() : Arrays.stream(valg.getEnumConstants()).map(Enum::name).toList();
        }
    }

    public static Bygger skjema(String id) {
        return new Bygger(id);
    }

    public static final class Bygger {

        private final String id;
        private final List<Feltkrav> felt = new ArrayList<>();

        private Bygger(String id) {
            this.id = id;
        }

        public Bygger paakrevd(Felt f) {
            return legg(f, null, true, null, Set.of());
        }

        public Bygger paakrevd(Valgfelt<?> f) {
            return legg(f.felt(), f.type(), true, null, Set.of());
        }

        public Bygger valgfri(Felt f) {
            return legg(f, null, false, null, Set.of());
        }

        @SafeVarargs
        public final <E extends Enum<E>> Bygger paakrevdNaar(Felt f, Valgfelt<E> styrtAv, E... naar) {
            return legg(f, null, true, styrtAv.felt(), navn(naar));
        }

        @SafeVarargs
        public final <E extends Enum<E>> Bygger paakrevdNaar(Valgfelt<?> f, Valgfelt<E> styrtAv, E... naar) {
            return legg(f.felt(), f.type(), true, styrtAv.felt(), navn(naar));
        }

        @SafeVarargs
        public final <E extends Enum<E>> Bygger valgfriNaar(Felt f, Valgfelt<E> styrtAv, E... naar) {
            return legg(f, null, false, styrtAv.felt(), navn(naar));
        }

        /** Required, and shown only while the checkbox {@code avkrysning} is ticked. */
        public Bygger paakrevdNaarAvkrysset(Felt f, Felt avkrysning) {
            return legg(f, null, true, avkrysning, Set.of("true"));
        }

        /** Optional, and shown only while the checkbox {@code avkrysning} is ticked. */
        public Bygger valgfriNaarAvkrysset(Felt f, Felt avkrysning) {
            return legg(f, null, false, avkrysning, Set.of("true"));
        }

        public Skjemakrav bygg() {
            return new Skjemakrav(id, List.copyOf(felt));
        }

        private Bygger legg(Felt f, Class<? extends Enum<?>> valg, boolean paakrevd, Felt styrtAv, Set<String> naar) {
            felt.add(new Feltkrav(f, valg, paakrevd, styrtAv, naar));
            return this;
        }

        private static Set<String> navn(Enum<?>[] verdier) {
            Set<String> s = new LinkedHashSet<>();
            for (Enum<?> e : verdier) {
                s.add(e.name());
            }
            return Set.copyOf(s);
        }
    }
}
