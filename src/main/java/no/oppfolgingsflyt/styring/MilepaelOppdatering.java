package no.oppfolgingsflyt.styring;

import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRegistrert;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps on each sykefravær case the dates its milestones were met (V30), computed from its case log whenever an
 * entry that matters to them is written, in the same transaction; the process owner's figures read them.
 */
@Component
public class MilepaelOppdatering {

    private final SakshendelseRepository hendelser;
    private final JdbcTemplate jdbc;

    public MilepaelOppdatering(SakshendelseRepository hendelser, JdbcTemplate jdbc) {
        this.hendelser = hendelser;
        this.jdbc = jdbc;
    }

    @EventListener
    public void etterRegistrering(SakshendelseRegistrert hendelse) {
        if (hendelse.saksreferanse().startsWith("SF-") && Milepaeler.RELEVANTE.contains(hendelse.type())) {
            oppdater(hendelse.saksreferanse());
        }
    }

    /** Writes on the case when its milestones were met, from its log. */
    public void oppdater(String saksreferanse) {
        Milepaeler m = Milepaeler.fra(hendelser.forSak(saksreferanse));
        jdbc.update("update sak set friskmeldt_fom = ?, oppfolgingsplan_bekreftet = ?, dialogmote1_bekreftet = ?, "
                        + "aktivitetskrav_vurdert = ?, dialogmote2_avklart = ?, milepaeler_beregnet = true "
                        + "where saksreferanse = ?", m.friskmeldtFom(), m.oppfolgingsplanBekreftet(),
                m.dialogmote1Bekreftet(), m.aktivitetskravVurdert(), m.dialogmote2Avklart(), saksreferanse);
    }
}
