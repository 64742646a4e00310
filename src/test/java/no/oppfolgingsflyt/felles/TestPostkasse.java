package no.oppfolgingsflyt.felles;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server for the tests (GreenMail on 127.0.0.1:3025, see application-test.yaml), one per test JVM and
 * shared by every Spring context. Tests can stop and start it to play an SMTP outage.
 */
@Component
public class TestPostkasse {

    private static final ServerSetup OPPSETT = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server = start();

    private static synchronized GreenMail start() {
        GreenMail g = new GreenMail(OPPSETT);
        g.start();
        return g;
    }

    public synchronized List<MimeMessage> mottatt() {
        return List.of(server.getReceivedMessages());
    }

    public synchronized void tom() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    public synchronized void stopp() {
        server.stop();
    }

    public synchronized void startIgjen() {
        if (!server.isRunning()) {
            server = start();
        }
    }
}
