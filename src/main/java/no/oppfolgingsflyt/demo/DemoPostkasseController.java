package no.oppfolgingsflyt.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the demo mailbox: every e-mail the demo sent, newest first, with its links. */
@Controller
@ConditionalOnProperty("oppfolgingsflyt.varsel.demo-postkasse")
public class DemoPostkasseController {

    public record Visning(String emne, String til, String sendt, String html) {}

    private final DemoPostkasse postkasse;

    public DemoPostkasseController(DemoPostkasse postkasse) {
        this.postkasse = postkasse;
    }

    @GetMapping("/demo/postkasse")
    public String postkasse(Model model) throws Exception {
        List<Visning> visning = new ArrayList<>();
        for (MimeMessage m : postkasse.meldinger()) {
            String til = Arrays.stream(m.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress())
                    .collect(Collectors.joining(", "));
            visning.add(new Visning(m.getSubject(), til, String.valueOf(m.getSentDate()), html(m)));
        }
        model.addAttribute("meldinger", visning);
        return "demo-postkasse";
    }

    private static String html(Part del) throws Exception {
        if (del.isMimeType("text/html")) {
            return (String) del.getContent();
        }
        if (del.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                String h = html(b);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }
}
