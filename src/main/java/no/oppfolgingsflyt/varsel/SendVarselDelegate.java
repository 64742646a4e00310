package no.oppfolgingsflyt.varsel;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.felles.Datoer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Send e-post" in {@code varselutsending}: sends one varsel, exactly once. The varsel is claimed, and its result
 * recorded, in transactions of their own: a retried or re-executed job finds it SENDT and sends nothing, and two
 * nodes never both send it. A failure is recorded as FEILET and rethrown, so Camunda retries with back-off and
 * finally raises an incident; resolving the incident sends it.
 */
@Component("sendVarsel")
public class SendVarselDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(SendVarselDelegate.class);
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", VarselMaler.BOKMAAL);
    static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
            VarselMaler.BOKMAAL);

    private final VarselRepository varsler;
    private final Personoppslag personer;
    private final MottakerRepository mottakere;
    private final Bekreftelseslenker lenker;
    private final VarselMaler maler;
    private final JavaMailSender mail;
    private final VarselKonfig konfig;
    private final TransactionTemplate egenTransaksjon;

    public SendVarselDelegate(VarselRepository varsler, Personoppslag personer, MottakerRepository mottakere,
            Bekreftelseslenker lenker, VarselMaler maler, JavaMailSender mail, VarselKonfig konfig,
            PlatformTransactionManager tm) {
        this.varsler = varsler;
        this.personer = personer;
        this.mottakere = mottakere;
        this.lenker = lenker;
        this.maler = maler;
        this.mail = mail;
        this.konfig = konfig;
        this.egenTransaksjon = new TransactionTemplate(tm);
        this.egenTransaksjon.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The retry cycle of the send step, read by the BPMN ({@code ${sendVarsel.forsokSyklus}}). */
    public String getForsokSyklus() {
        return konfig.forsokSyklus();
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        long id = ((Number) execution.getVariable(VarselBestilling.VARSEL_ID)).longValue();
        Boolean kreve = egenTransaksjon.execute(s -> varsler.kreve(id, konfig.sendeLaasMinutter()));
        if (!Boolean.TRUE.equals(kreve)) {
            LOG.info("Varsel {} er allerede sendt, stoppet eller under sending; sender ikke på nytt", id);
            return;
        }
        try {
            VarselRepository.Varsel v = varsler.finn(id).orElseThrow();
            Personoppslag.Person sak = personer.finn(v.saksreferanse()).orElseThrow();
            List<String> til = adresser(v, sak);
            if (til.isEmpty()) {
                egenTransaksjon.executeWithoutResult(s -> varsler.markerManglerAdresse(id));
                LOG.warn("Varsel {} ({}) til {} i sak {} har ingen adresse", id, v.type(), v.mottaker(),
                        v.saksreferanse());
                return;
            }
            VarselMaler.Epost epost = maler.lag(v.type(), modell(v, execution));
            send(v, til, epost);
            egenTransaksjon.executeWithoutResult(s -> varsler.markerSendt(id));
            LOG.info("Varsel {} ({}) sendt til {} mottaker(e) i sak {}", id, v.type(), til.size(), v.saksreferanse());
        } catch (Exception e) {
            egenTransaksjon.executeWithoutResult(s -> varsler.markerFeilet(id, e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
            throw e;
        }
    }

    /** The current recipients, looked up now: the nærmeste ledere, else the employer's own address. */
    private List<String> adresser(VarselRepository.Varsel v, Personoppslag.Person sak) {
        List<String> til = new ArrayList<>();
        if (v.mottaker() == VarselType.Mottaker.SYKMELDT) {
            mottakere.kontaktEpost(sak.fnr()).ifPresent(til::add);
        } else if (sak.orgnummer() != null) {
            mottakere.naermesteLedere(sak.fnr(), sak.orgnummer()).forEach(l -> til.add(l.epost()));
            if (til.isEmpty()) {
                mottakere.arbeidsgiverEpost(sak.orgnummer()).ifPresent(til::add);
            }
        }
        return til;
    }

    private Map<String, Object> modell(VarselRepository.Varsel v, DelegateExecution execution) {
        Map<String, Object> m = new HashMap<>();
        m.put("saksreferanse", v.saksreferanse());
        m.put("frist", v.frist() == null ? null : DATO.format(v.frist()));
        m.put("tilArbeidsgiver", v.mottaker() == VarselType.Mottaker.NAERMESTE_LEDER);
        for (String navn : v.type().innhold()) {
            Object verdi = execution.getVariable(navn);
            m.put(navn, verdi instanceof Date d ? DATO.format(Datoer.dato(d)) : verdi);
            if (verdi instanceof String kode) {
                // SPESIELT_TILPASSET_INNSATS → "spesielt tilpasset innsats", for the text
                m.put(navn + "Tekst", kode.replace('_', ' ').toLowerCase(VarselMaler.BOKMAAL));
            }
        }
        Date mote = (Date) execution.getVariable("motetidspunkt");
        if (mote != null) {
            LocalDateTime tid = LocalDateTime.ofInstant(mote.toInstant(), Datoer.NORGE);
            m.put("motetidspunkt", TIDSPUNKT.format(tid));
            m.put("planFrist", DATO.format(tid.toLocalDate().minusDays(7)));
        }
        if (v.type().plikt() != null) {
            LocalDate gyldigTil = Datoer.idag().plusDays(konfig.lenkeGyldigDager());
            String token = egenTransaksjon.execute(s -> lenker.lag(v.saksreferanse(), v.type().plikt(),
                    gyldigTil.atStartOfDay()));
            m.put("lenke", konfig.offentligUrl() + "/bekreft/" + token);
            m.put("lenkeGyldigTil", DATO.format(gyldigTil.minusDays(1)));
        }
        return m;
    }

    private void send(VarselRepository.Varsel v, List<String> til, VarselMaler.Epost epost) throws Exception {
        MimeMessage melding = mail.createMimeMessage();
        MimeMessageHelper h = new MimeMessageHelper(melding, true, "UTF-8");
        h.setFrom(konfig.fra());
        h.setTo(til.toArray(String[]::new));
        h.setSubject(epost.emne());
        h.setText(epost.tekst(), epost.html());
        melding.saveChanges();
        // A stable Message-ID lets mail systems drop a copy should a crash between sending and recording ever
        // make the step send again.
        melding.setHeader("Message-ID", "<varsel-" + v.id() + "." + v.idempotensNokkel().hashCode()
                + "@oppfolgingsflyt>");
        mail.send(melding);
    }
}
