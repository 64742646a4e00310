package no.oppfolgingsflyt.styring;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository.Sakshendelse;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;

/**
 * When each milestone of a case was met, read from its case log in order. Kept on the case (columns of
 * {@code sak}) so the figures need no log scan. Plain Java: a withdrawn vurdering no longer counts, the one before it
 * does again; a sykmelding after a friskmelding continues the tilfelle, so the friskmelding no longer ends it.
 */
public record Milepaeler(LocalDate friskmeldtFom, LocalDate oppfolgingsplanBekreftet,
        LocalDate dialogmote1Bekreftet, LocalDate aktivitetskravVurdert, LocalDate dialogmote2Avklart) {

    /** The log entries that can change a milestone; others need no recomputation. */
    public static final Set<String> RELEVANTE = Set.of(Sakshendelser.SYKMELDING_MOTTATT, Sakshendelser.FRISKMELDT,
            Sakshendelser.ARBEIDSGIVER_BEKREFTET, Sakshendelser.VURDERING, Sakshendelser.VURDERING_TRUKKET_TILBAKE);

    private record Dm2(LocalDate dato, boolean avklart) {}

    public static Milepaeler fra(List<Sakshendelse> logg) {
        LocalDate frisk = null;
        LocalDate op = null;
        LocalDate dm1 = null;
        LocalDate ferdigstilt = null;
        Deque<LocalDate> aktivitetskrav = new ArrayDeque<>();
        Deque<Dm2> dialogmote2 = new ArrayDeque<>();
        for (Sakshendelse h : logg) {
            LocalDate dag = h.tidspunkt().toLocalDate();
            String kode = h.kode() == null ? "" : h.kode();
            switch (h.type()) {
                case Sakshendelser.SYKMELDING_MOTTATT -> frisk = null;
                case Sakshendelser.FRISKMELDT -> frisk = LocalDate.parse(kode);
                case Sakshendelser.ARBEIDSGIVER_BEKREFTET -> {
                    // the employer's "made" or "obviously unnecessary"; the first confirmation counts
                    if (kode.equals("OPPFOLGINGSPLAN:UTARBEIDET") || kode.equals("OPPFOLGINGSPLAN:IKKE_NODVENDIG")) {
                        op = op == null ? dag : op;
                    } else if (kode.equals("DIALOGMOTE1:GJENNOMFORT") || kode.equals("DIALOGMOTE1:IKKE_NODVENDIG")) {
                        dm1 = dm1 == null ? dag : dm1;
                    }
                }
                case Sakshendelser.VURDERING -> {
                    if (kode.startsWith("AKTIVITETSKRAV:")) {
                        aktivitetskrav.push(dag);
                    } else if (kode.equals("DIALOGMOTE2:FERDIGSTILT")) {
                        ferdigstilt = ferdigstilt == null ? dag : ferdigstilt;
                    } else if (kode.startsWith("DIALOGMOTE2:INNKALL") || kode.startsWith("DIALOGMOTE2:UNNTAK")
                            || kode.startsWith("DIALOGMOTE2:IKKE_AKTUELL")) {
                        // the outcomes of "Vurder dialogmøte 2", the vurdering a withdrawal takes back
                        dialogmote2.push(new Dm2(dag, kode.startsWith("DIALOGMOTE2:UNNTAK")));
                    }
                }
                case Sakshendelser.VURDERING_TRUKKET_TILBAKE -> {
                    if (kode.equals("AKTIVITETSKRAV")) {
                        aktivitetskrav.poll();
                    } else if (kode.equals("DIALOGMOTE2")) {
                        dialogmote2.poll();
                    }
                }
                default -> { }
            }
        }
        LocalDate akt = aktivitetskrav.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate dm2 = dialogmote2.stream().filter(Dm2::avklart).map(Dm2::dato).min(LocalDate::compareTo)
                .orElse(null);
        if (ferdigstilt != null && (dm2 == null || ferdigstilt.isBefore(dm2))) {
            dm2 = ferdigstilt;
        }
        return new Milepaeler(frisk, op, dm1, akt, dm2);
    }
}
