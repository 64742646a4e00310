package no.oppfolgingsflyt.sykefravaer.domene;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every deadline of the sykefravær timeline, in weeks from the first sick day (S) or in days. A process owner
 * changes them in application.yaml ({@code oppfolgingsflyt.frister.*}) without touching the BPMN. The defaults are
 * those of shared/domain/sykefravaer.md.
 */
@Validated
@ConfigurationProperties("oppfolgingsflyt.frister")
public record FristKonfig(
        /* Weeks from S; a duty "within N weeks" falls due on S + 7·N − 1. */
        Integer oppfolgingsplanUker,
        Integer dialogmote1Uker,
        Integer aktivitetskravUker,
        /* The seed says 12 weeks; NAV uses 4 weeks today. */
        Integer utenArbeidsgiverUker,
        /* The kandidat date is S + 7·N days (NAV: 119), the day after week N ends. */
        Integer dialogmotekandidatUker,
        Integer dialogmote2Uker,
        Integer snartSluttUker,
        Integer maksdatoUker,
        /* Employer reminders for M1 and M2: days before the due date, days after it, then a veileder task. */
        Integer paminnelseDagerFor,
        Integer purringDagerEtter,
        Integer veilederoppgaveDagerEtterPurring,
        /* A veileder task still open this many days after its due date goes to the team lead too. */
        Integer eskaleringDager,
        /* Consecutive days without sick leave that end a tilfelle (NAV: 16): a sykmelding starting at most this many
           days after the last sick day continues it. */
        Integer maksOppholdDager,
        /* Days the sykmeldt has to answer the 39-week letter before the veileder task is made. */
        Integer svarfrist39UkersbrevDager,
        /* Forhåndsvarsel answer deadline: default and allowed range (ftrl. § 8-8; isaktivitetskrav: 21–42). */
        Integer forhandsvarselSvarfristDager,
        Integer forhandsvarselMinDager,
        Integer forhandsvarselMaksDager,
        /* Due date of tasks that have no legal deadline of their own (møtebehov, new meeting time). */
        Integer oppgaveDager,
        /* A task with a legal due date (Vurder aktivitetskrav, uten arbeidsgiver) appears this many days before it. */
        Integer oppgaveDagerFor,
        /* A sykmelding may start at most this many days in the future. */
        Integer maksDagerFremITid,
        /* isaktivitetskrav: no aktivitetskrav for a tilfelle that ended more than this many days ago. */
        Integer aktivitetskravInaktivEtterDager) {

    public FristKonfig {
        oppfolgingsplanUker = verdi(oppfolgingsplanUker, 4);
        dialogmote1Uker = verdi(dialogmote1Uker, 7);
        aktivitetskravUker = verdi(aktivitetskravUker, 8);
        utenArbeidsgiverUker = verdi(utenArbeidsgiverUker, 12);
        dialogmotekandidatUker = verdi(dialogmotekandidatUker, 17);
        dialogmote2Uker = verdi(dialogmote2Uker, 26);
        snartSluttUker = verdi(snartSluttUker, 39);
        maksdatoUker = verdi(maksdatoUker, 52);
        paminnelseDagerFor = verdi(paminnelseDagerFor, 7);
        purringDagerEtter = verdi(purringDagerEtter, 1);
        veilederoppgaveDagerEtterPurring = verdi(veilederoppgaveDagerEtterPurring, 7);
        eskaleringDager = verdi(eskaleringDager, 14);
        maksOppholdDager = verdi(maksOppholdDager, 16);
        svarfrist39UkersbrevDager = verdi(svarfrist39UkersbrevDager, 10);
        forhandsvarselSvarfristDager = verdi(forhandsvarselSvarfristDager, 21);
        forhandsvarselMinDager = verdi(forhandsvarselMinDager, 21);
        forhandsvarselMaksDager = verdi(forhandsvarselMaksDager, 42);
        oppgaveDager = verdi(oppgaveDager, 7);
        oppgaveDagerFor = verdi(oppgaveDagerFor, 7);
        maksDagerFremITid = verdi(maksDagerFremITid, 30);
        aktivitetskravInaktivEtterDager = verdi(aktivitetskravInaktivEtterDager, 30);
    }

    public static FristKonfig standard() {
        return new FristKonfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static Integer verdi(Integer satt, int standard) {
        return satt == null ? standard : satt;
    }
}
