package no.oppfolgingsflyt.sykefravaer.prosess;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.varsel.VarselBestilling;
import no.oppfolgingsflyt.varsel.VarselType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service tasks "Påminn arbeidsgiver", "Send innkalling" and the like: ask for the varsel named by {@code varselType}. */
@Component("bestillVarsel")
public class BestillVarselDelegate implements JavaDelegate {

    private final VarselBestilling bestilling;

    public BestillVarselDelegate(VarselBestilling bestilling) {
        this.bestilling = bestilling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VarselType bedt = VarselType.valueOf((String) execution.getVariable("varselType"));
        String sak = execution.getProcessBusinessKey();
        boolean harArbeidsgiver = Boolean.TRUE.equals(execution.getVariable(Prosessvariabler.HAR_ARBEIDSGIVER));
        LocalDate frist = bedt.fristVariabel() == null ? null
                : Datoer.dato((Date) execution.getVariable(bedt.fristVariabel()));
        LocalDate kjentFra = Datoer.dato((Date) execution.getVariable(Prosessvariabler.TILFELLE_ENDRET));
        VarselType type = bestilling.pliktvarsel(sak, bedt, frist, kjentFra).orElse(null);
        if (type == null) {
            return;
        }
        String anledning = execution.getActivityInstanceId();
        Map<String, Object> innhold = new HashMap<>();
        for (String navn : type.innhold()) {
            if (execution.getVariable(navn) != null) {
                innhold.put(navn, execution.getVariable(navn));
            }
        }
        bestilling.bestill(sak, type, frist, anledning, harArbeidsgiver, innhold);
        if (type == VarselType.DIALOGMOTE_INNKALLING || type == VarselType.DIALOGMOTE_NYTT_TID_STED) {
            // M4: the employer sends the oppfølgingsplan to NAV one week before the meeting.
            bestilling.bestill(sak, VarselType.OPPFOLGINGSPLAN_TIL_NAV, frist == null ? null : frist.minusDays(7),
                    anledning, harArbeidsgiver, innhold);
        }
    }
}
