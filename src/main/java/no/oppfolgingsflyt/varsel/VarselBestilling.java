package no.oppfolgingsflyt.varsel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.oppfolgingsflyt.felles.Datoer;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one door through which the process asks for a reminder or letter. It plans the varsel in the outbox in the
 * process step's own transaction, once per case, type and recipient (and per occasion for repeatable varsler), and
 * starts its delivery: a small process ({@code varselutsending}) that waits for the send window and sends with
 * retries, so a send that keeps failing is an incident in Cockpit.
 */
@Service
public class VarselBestilling {

    public static final String UTSENDING = "varselutsending";
    public static final String VARSEL_ID = "varselId";
    public static final String PLANLAGT_TID = "planlagtTid";

    private static final Logger LOG = LoggerFactory.getLogger(VarselBestilling.class);

    private final VarselRepository varsler;
    private final RuntimeService runtime;
    private final Sendevindu vindu;

    public VarselBestilling(VarselRepository varsler, RuntimeService runtime, VarselKonfig konfig) {
        this.varsler = varsler;
        this.runtime = runtime;
        this.vindu = konfig.sendevindu();
    }

    /**
     * Which varsel an employer duty's reminder step sends. When the system learned of the sick leave only after the
     * duty's due date ({@code kjentFra}: the sykmelding came late, or a later one extended the tilfelle past the due
     * date), the reminder "before the deadline" becomes the message that the duty is overdue, and the purring after
     * that message is not sent: the employer gets one message. Empty when nothing is to be sent.
     */
    public Optional<VarselType> pliktvarsel(String saksreferanse, VarselType type, LocalDate frist,
            LocalDate kjentFra) {
        VarselType fristPassert = type.fristPassert();
        if (fristPassert == null || frist == null) {
            return Optional.of(type);
        }
        if (type.paminnerForFristen()) {
            return Optional.of(kjentFra != null && kjentFra.isAfter(frist) ? fristPassert : type);
        }
        return varsler.forSak(saksreferanse).stream().anyMatch(v -> v.type() == fristPassert) ? Optional.empty()
                : Optional.of(type);
    }

    /**
     * @param anledning identifies the occasion for repeatable varsler (e.g. the process step's activity instance)
     * @param harArbeidsgiver varsler to the nærmeste leder are skipped when the person has no employer
     * @return the recipients a new varsel was planned for
     */
    public List<VarselType.Mottaker> bestill(String saksreferanse, VarselType type, LocalDate frist, String anledning,
            boolean harArbeidsgiver) {
        return bestill(saksreferanse, type, frist, anledning, harArbeidsgiver, Map.of());
    }

    /** @param innhold small values the text needs besides the deadline (meeting time and place) */
    public List<VarselType.Mottaker> bestill(String saksreferanse, VarselType type, LocalDate frist, String anledning,
            boolean harArbeidsgiver, Map<String, Object> innhold) {
        List<VarselType.Mottaker> bestilt = new ArrayList<>();
        for (VarselType.Mottaker mottaker : type.mottakere()) {
            if (mottaker == VarselType.Mottaker.NAERMESTE_LEDER && !harArbeidsgiver) {
                continue;
            }
            String nokkel = saksreferanse + ":" + type + ":" + mottaker + (type.gjentakbar() ? ":" + anledning : "");
            var planlagt = vindu.nesteAapning(Datoer.naa());
            Optional<Long> id = varsler.planlegg(nokkel, saksreferanse, type, mottaker, frist, planlagt);
            if (id.isPresent()) {
                Map<String, Object> variabler = new HashMap<>(innhold);
                variabler.put(VARSEL_ID, id.get());
                variabler.put(PLANLAGT_TID, Datoer.tidspunkt(planlagt));
                variabler.put("varselType", type.name());
                runtime.createProcessInstanceByKey(UTSENDING).businessKey(saksreferanse).setVariables(variabler)
                        .execute();
                bestilt.add(mottaker);
                LOG.info("Varsel {} til {} planlagt {} for sak {}", type, mottaker, planlagt, saksreferanse);
            }
        }
        return bestilt;
    }

    /**
     * The case has closed: every varsel not yet sent is STOPPET, and deliveries still waiting for the send window end
     * (a send already under way finds its varsel STOPPET). Returns how many were stopped.
     */
    public int stoppForSak(String saksreferanse, String grunn) {
        int stoppet = varsler.stoppIkkeSendte(saksreferanse);
        runtime.createProcessInstanceQuery().processDefinitionKey(UTSENDING).processInstanceBusinessKey(saksreferanse)
                .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "Saken er lukket: " + grunn));
        return stoppet;
    }
}
