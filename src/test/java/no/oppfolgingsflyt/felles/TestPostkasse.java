package no.oppfolgingsflyt.felles;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server for the tests (GreenMail on 127.0.0.1, on a port that was free when the test JVM started), one
 * per test JVM and shared by every Spring context; {@link TestSmtpPort} points spring.mail.port at it. A free port
 * instead of a fixed one lets two test runs (or a test run and the benchmark) share a machine. Tests can stop and
 * start it to play an SMTP outage.
 */
@Component
public class TestPostkasse {

    private static final int PORT = ledigPort();
    private static final ServerSetup OPPSETT = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server = start();

    private static synchronized GreenMail start() {
        GreenMail g = new GreenMail(OPPSETT);
        g.start();
        return g;
    }

    private static int ledigPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP port of this JVM's test server (starts it on first use). */
    public static int port() {
        return PORT;
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
