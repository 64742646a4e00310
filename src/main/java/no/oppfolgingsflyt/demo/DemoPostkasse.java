package no.oppfolgingsflyt.demo;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The local demo's mailbox: instead of an SMTP server, sent e-mails are kept in memory and shown on
 * /demo/postkasse (log in as any demo user). Switched on by {@code oppfolgingsflyt.varsel.demo-postkasse=true},
 * which only the demo profile sets.
 */
@Component
@Primary
@ConditionalOnProperty("oppfolgingsflyt.varsel.demo-postkasse")
public class DemoPostkasse extends JavaMailSenderImpl {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPostkasse.class);
    private static final int MAKS = 200;

    private final List<MimeMessage> sendt = Collections.synchronizedList(new ArrayList<>());

    /**
     * Addresses under the reserved top-level domain .invalid (RFC 2606) never exist: the demo refuses them as a mail
     * server would, so a demo case shows a failed varsel becoming an incident in Cockpit.
     */
    static final String UGYLDIG_DOMENE = ".invalid";

    @Override
    public void send(MimeMessage... meldinger) throws MailException {
        for (MimeMessage m : meldinger) {
            try {
                for (jakarta.mail.Address a : m.getAllRecipients() == null ? new jakarta.mail.Address[0]
                        : m.getAllRecipients()) {
                    if (a.toString().toLowerCase(java.util.Locale.ROOT).endsWith(UGYLDIG_DOMENE + ">")
                            || a.toString().toLowerCase(java.util.Locale.ROOT).endsWith(UGYLDIG_DOMENE)) {
                        throw new org.springframework.mail.MailSendException(
                                "550 5.1.2 Mottakerens domene finnes ikke (demo)");
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new org.springframework.mail.MailPreparationException(e);
            }
        }
        for (MimeMessage m : meldinger) {
            sendt.add(0, m);
            if (sendt.size() > MAKS) {
                sendt.remove(MAKS);
            }
        }
        LOG.info("{} e-post(er) lagt i demo-postkassen: http://localhost:8080/demo/postkasse", meldinger.length);
    }

    public List<MimeMessage> meldinger() {
        synchronized (sendt) {
            return List.copyOf(sendt);
        }
    }
}
