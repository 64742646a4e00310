package no.oppfolgingsflyt.felles.skjema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import no.oppfolgingsflyt.felles.Regelbrudd;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Submitted forms for the domain's unit tests, as Tasklist would send them, and checks on broken rules. */
public final class TestSkjema {

    /** A value no message may repeat: it stands for whatever personal data a user might type. */
    public static final String HEMMELIG = "HEMMELIG-15038520072";

    private TestSkjema() {}

    /** Name, value, name, value, … */
    public static Innsendt skjema(Object... navnOgVerdi) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < navnOgVerdi.length; i += 2) {
            m.put((String) navnOgVerdi[i], navnOgVerdi[i + 1]);
        }
        return Innsendt.av(m);
    }

    /**
     * The rule is broken with a message containing {@code melding}, and the message repeats no submitted value
     * ({@link #HEMMELIG} in particular).
     */
    public static Regelbrudd brudd(ThrowingCallable handling, String melding) {
        Regelbrudd brudd = catchThrowableOfType(Regelbrudd.class, handling);
        assertThat(brudd).as("a broken rule: " + melding).isNotNull();
        assertThat(brudd.getMessage()).contains(melding).doesNotContain(HEMMELIG);
        return brudd;
    }
}
