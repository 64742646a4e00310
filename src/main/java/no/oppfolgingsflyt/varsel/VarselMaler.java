package no.oppfolgingsflyt.varsel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a varsel from its templates in {@code src/main/resources/varsler/}: {@code TYPE.txt} (first line
 * "Emne: …", then the plain-text body) and {@code TYPE.html}. Texts are Norwegian bokmål.
 */
@Component
public class VarselMaler {

    public static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    public record Epost(String emne, String tekst, String html) {}

    private final TemplateEngine tekst = motor(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = motor(TemplateMode.HTML, ".html");

    public Epost lag(VarselType type, Map<String, Object> modell) {
        Context context = new Context(BOKMAAL, modell);
        String ren = tekst.process(type.name(), context).strip();
        int linjeskift = ren.indexOf('\n');
        String forste = linjeskift < 0 ? ren : ren.substring(0, linjeskift);
        if (!forste.startsWith("Emne: ")) {
            throw new IllegalStateException("Template varsler/" + type + ".txt must start with 'Emne: '");
        }
        return new Epost(forste.substring("Emne: ".length()).strip(), ren.substring(linjeskift + 1).strip() + "\n",
                html.process(type.name(), context));
    }

    private static TemplateEngine motor(TemplateMode modus, String endelse) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("varsler/");
        r.setSuffix(endelse);
        r.setTemplateMode(modus);
        r.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine motor = new SpringTemplateEngine(); // SpEL expressions, as in the web pages
        motor.setTemplateResolver(r);
        return motor;
    }
}
