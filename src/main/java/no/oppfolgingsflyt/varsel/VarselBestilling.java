package no.oppfolgingsflyt.varsel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one door through which the process asks for a reminder or letter. It writes to the outbox in the process
 * step's own transaction, once per case, type and recipient (and per occasion for repeatable varsler); sending the
 * e-mail is the mail sender's job.
 */
@Service
public class VarselBestilling {

    private static final Logger LOG = LoggerFactory.getLogger(VarselBestilling.class);

    private final VarselRepository varsler;

    public VarselBestilling(VarselRepository varsler) {
        this.varsler = varsler;
    }

    /**
     * @param anledning identifies the occasion for repeatable varsler (e.g. the process step's activity instance)
     * @param harArbeidsgiver varsler to the nærmeste leder are skipped when the person has no employer
     * @return the recipients a new varsel was ordered for
     */
    public List<VarselType.Mottaker> bestill(String saksreferanse, VarselType type, LocalDate frist, String anledning,
            boolean harArbeidsgiver) {
        List<VarselType.Mottaker> bestilt = new ArrayList<>();
        for (VarselType.Mottaker mottaker : type.mottakere()) {
            if (mottaker == VarselType.Mottaker.NAERMESTE_LEDER && !harArbeidsgiver) {
                continue;
            }
            String nokkel = saksreferanse + ":" + type + ":" + mottaker + (type.gjentakbar() ? ":" + anledning : "");
            if (varsler.bestill(nokkel, saksreferanse, type, mottaker, frist)) {
                bestilt.add(mottaker);
                LOG.info("Varsel {} til {} bestilt for sak {}", type, mottaker, saksreferanse);
            }
        }
        return bestilt;
    }
}
