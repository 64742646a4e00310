package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.UgyldigFelt;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * The veileder's vurdering of the aktivitetskrav at the stoppunkt (folketrygdloven § 8-8, sykefravaer.md § 4), one
 * type per outcome with its own reasons, as NAV's isaktivitetskrav models it. OPPFYLT and AVVENT need a
 * description; AVVENT a date after today on which the task comes back; FORHANDSVARSEL an answer deadline within the
 * configured range (empty: the default).
 */
public sealed interface Aktivitetskravvurdering {

    enum Utfall { OPPFYLT, UNNTAK, IKKE_AKTUELL, AVVENT, FORHANDSVARSEL }

    enum OppfyltArsak { FRISKMELDT, GRADERT, TILTAK }

    enum UnntakArsak { MEDISINSKE_GRUNNER, TILRETTELEGGING_IKKE_MULIG, SJOMENN_UTENRIKS }

    enum IkkeAktuellArsak { INNVILGET_VTA, MOTTAR_AAP, ER_DOD, ANNET }

    enum AvventArsak {
        OPPFOLGINGSPLAN_ARBEIDSGIVER, INFORMASJON_BEHANDLER, INFORMASJON_SYKMELDT, DROFTES_MED_ROL, DROFTES_INTERNT,
        ANNET
    }

    Valgfelt<Utfall> UTFALL = new Felt("aktivitetskravUtfall", "Utfall").medValg(Utfall.class);
    Valgfelt<OppfyltArsak> ARSAK_OPPFYLT = new Felt("aktivitetskravArsakOppfylt", "Årsak")
            .medValg(OppfyltArsak.class);
    Valgfelt<UnntakArsak> ARSAK_UNNTAK = new Felt("aktivitetskravArsakUnntak", "Årsak").medValg(UnntakArsak.class);
    Valgfelt<IkkeAktuellArsak> ARSAK_IKKE_AKTUELL = new Felt("aktivitetskravArsakIkkeAktuell", "Årsak")
            .medValg(IkkeAktuellArsak.class);
    Valgfelt<AvventArsak> ARSAK_AVVENT = new Felt("aktivitetskravArsakAvvent", "Årsak").medValg(AvventArsak.class);
    /** Required for OPPFYLT and AVVENT (the spec's "description"). */
    Felt BESKRIVELSE = new Felt("aktivitetskravBeskrivelse", "Beskrivelse");
    /** Optional for the other outcomes. */
    Felt BEGRUNNELSE = new Felt("aktivitetskravBegrunnelse", "Begrunnelse");
    Felt AVVENT_TIL = new Felt("avventFrist", "Avvent til");
    Felt SVARFRIST = new Felt("forhandsvarselSvarfrist", "Svarfrist");

    Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-aktivitetskrav")
            .paakrevd(UTFALL)
            .paakrevdNaar(ARSAK_OPPFYLT, UTFALL, Utfall.OPPFYLT)
            .paakrevdNaar(ARSAK_UNNTAK, UTFALL, Utfall.UNNTAK)
            .paakrevdNaar(ARSAK_IKKE_AKTUELL, UTFALL, Utfall.IKKE_AKTUELL)
            .paakrevdNaar(ARSAK_AVVENT, UTFALL, Utfall.AVVENT)
            .paakrevdNaar(AVVENT_TIL, UTFALL, Utfall.AVVENT)
            .valgfriNaar(SVARFRIST, UTFALL, Utfall.FORHANDSVARSEL)
            .paakrevdNaar(BESKRIVELSE, UTFALL, Utfall.OPPFYLT, Utfall.AVVENT)
            .valgfriNaar(BEGRUNNELSE, UTFALL, Utfall.UNNTAK, Utfall.IKKE_AKTUELL, Utfall.FORHANDSVARSEL)
            .bygg();

    record Oppfylt(OppfyltArsak arsak, String beskrivelse) implements Aktivitetskravvurdering {
        public Utfall utfall() {
            return Utfall.OPPFYLT;
        }
    }

    record Unntak(UnntakArsak arsak, String beskrivelse) implements Aktivitetskravvurdering {
        public Utfall utfall() {
            return Utfall.UNNTAK;
        }
    }

    record IkkeAktuell(IkkeAktuellArsak arsak, String beskrivelse) implements Aktivitetskravvurdering {
        public Utfall utfall() {
            return Utfall.IKKE_AKTUELL;
        }
    }

    /** Wait: the task comes back on {@code frist}. */
    record Avvent(AvventArsak arsak, String beskrivelse, LocalDate frist) implements Aktivitetskravvurdering {
        public Utfall utfall() {
            return Utfall.AVVENT;
        }
    }

    /** Advance notice that sick pay will stop; "Vurder stans" follows when {@code svarfrist} has passed. */
    record Forhandsvarsel(LocalDate svarfrist, String beskrivelse) implements Aktivitetskravvurdering {
        public Utfall utfall() {
            return Utfall.FORHANDSVARSEL;
        }

        /** A forhåndsvarsel has no reason code. */
        public Enum<?> arsak() {
            return null;
        }
    }

    Utfall utfall();

    /** The reason code of the outcome; null for FORHANDSVARSEL. */
    Enum<?> arsak();

    /** The veileder's text, or null. */
    String beskrivelse();

    /** For the case log: the outcome and, when it has one, the reason ("OPPFYLT:TILTAK"). */
    default String kode() {
        return arsak() == null ? utfall().name() : utfall().name() + ":" + arsak().name();
    }

    static Aktivitetskravvurdering vurder(Innsendt skjema, Vurderingskontekst k) {
        return switch (skjema.valg(UTFALL)) {
            case OPPFYLT -> new Oppfylt(skjema.valg(ARSAK_OPPFYLT), skjema.paakrevdTekst(BESKRIVELSE));
            case UNNTAK -> new Unntak(skjema.valg(ARSAK_UNNTAK), begrunnelse(skjema));
            case IKKE_AKTUELL -> new IkkeAktuell(skjema.valg(ARSAK_IKKE_AKTUELL), begrunnelse(skjema));
            case AVVENT -> {
                AvventArsak arsak = skjema.valg(ARSAK_AVVENT);
                String beskrivelse = skjema.paakrevdTekst(BESKRIVELSE);
                LocalDate frist = skjema.paakrevdDato(AVVENT_TIL);
                if (!frist.isAfter(k.idag())) {
                    throw new UgyldigFelt(AVVENT_TIL, "Avvent til må være en dato etter i dag");
                }
                yield new Avvent(arsak, beskrivelse, frist);
            }
            case FORHANDSVARSEL -> {
                LocalDate svarfrist = skjema.dato(SVARFRIST);
                if (svarfrist == null) {
                    svarfrist = k.idag().plusDays(k.forhandsvarselStandardDager());
                }
                long dager = ChronoUnit.DAYS.between(k.idag(), svarfrist);
                if (dager < k.forhandsvarselMinDager() || dager > k.forhandsvarselMaksDager()) {
                    throw new UgyldigFelt(SVARFRIST, "Svarfrist må være mellom "
                            + k.forhandsvarselMinDager() + " og " + k.forhandsvarselMaksDager()
                            + " dager fram i tid");
                }
                yield new Forhandsvarsel(svarfrist, begrunnelse(skjema));
            }
        };
    }

    /** The optional text; a caller of the engine's API may still send it as the description. */
    private static String begrunnelse(Innsendt skjema) {
        String b = skjema.tekst(BEGRUNNELSE);
        return b != null ? b : skjema.tekst(BESKRIVELSE);
    }
}
