package no.oppfolgingsflyt.sikkerhet.motor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.oppfolgingsflyt.felles.Regelbrudd;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sikkerhet.RegelbruddPlugin;
import no.oppfolgingsflyt.sikkerhet.Rolle;
import no.oppfolgingsflyt.sikkerhet.Sikkerhetslogg;
import no.oppfolgingsflyt.sikkerhet.Webappsesjon;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Deny by default in front of the engine: every request to {@code /engine-rest/**} and {@code /camunda/api/**} must
 * match {@link MotorApiRegler} for one of the caller's roles and pass the rule's check, or it is answered 403
 * problem+json and the engine never sees it (so a refused call changes nothing: no job retry lost, no due date
 * moved). Each refusal is one line in the security log. Administrators pass unchecked.
 */
public class MotorApiPort extends OncePerRequestFilter {

    private static final int MAKS_KROPP = 256 * 1024;

    private final IdentityService identity;
    private final TaskService oppgaver;
    private final String motornavn;
    private final Oppgaveskjemaer skjemaer;
    private final Oppgavetildeling tildeling;
    private final Sikkerhetslogg logg;
    private final ObjectMapper json;
    private final Systemkontekst system;

    public MotorApiPort(IdentityService identity, TaskService oppgaver, String motornavn, Oppgaveskjemaer skjemaer,
            Oppgavetildeling tildeling, Sikkerhetslogg logg, ObjectMapper json, Systemkontekst system) {
        this.system = system;
        this.identity = identity;
        this.oppgaver = oppgaver;
        this.motornavn = motornavn;
        this.skjemaer = skjemaer;
        this.tildeling = tildeling;
        this.logg = logg;
        this.json = json;
    }

    /** The logged-in caller: from HTTP Basic (engine REST API) or from the webapps' session. */
    record Innlogget(String bruker, List<String> grupper, List<String> tenanter, Set<Rolle> roller) {}

    /** A refusal with its HTTP status and the Norwegian message the caller gets. */
    static class Avvist extends RuntimeException {
        final int status;
        final String grunn;

        Avvist(int status, String melding, String grunn) {
            super(melding, null, false, false);
            this.status = status;
            this.grunn = grunn;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        Motorkall kall = Motorkall.fra(req);
        Innlogget inn = innlogget(req);
        String bruker = inn == null ? null : inn.bruker();
        if (kall == null) {
            svar(res, 400, "Ugyldig sti");
            logg.avvist(bruker, req.getMethod(), "(ugyldig sti)", 400, "tvetydig sti");
            return;
        }
        try {
            if (req.getHeader("X-HTTP-Method-Override") != null || req.getHeader("X-Method-Override") != null) {
                throw new Avvist(400, "Metodeoverstyring er ikke tillatt", "metodeoverstyring");
            }
            if (kall.motornavn() != null && !kall.motornavn().equals(motornavn)) {
                throw new Avvist(404, "Ukjent prosessmotor", "ukjent motor");
            }
            if (inn != null && inn.roller().contains(Rolle.ADMIN)) {
                chain.doFilter(req, res);
                return;
            }
            Optional<MotorApiRegler.Regel> regel = MotorApiRegler.finn(kall.metode(), kall.sti(), inn != null,
                    inn == null ? Set.of() : inn.roller());
            if (regel.isEmpty()) {
                throw inn == null ? new Avvist(401, "Du må logge inn", "ikke innlogget")
                        : new Avvist(403, "Du har ikke tilgang til dette", "ikke i tillatelseslisten");
            }
            slipp(regel.get().vilkar(), kall, inn, req, res, chain);
        } catch (Avvist a) {
            logg.avvist(bruker, kall.metode(), kall.monsterForLogg(), a.status, a.grunn);
            svar(res, a.status, a.getMessage());
        } catch (BadUserRequestException e) {
            // a rule of the task (four eyes) refused the assignment the gate carried out itself
            RegelbruddPlugin.glem();
            svar(res, 400, e.getMessage());
        }
    }

    private void slipp(MotorApiRegler.Vilkar vilkar, Motorkall kall, Innlogget inn, HttpServletRequest req,
            HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String[] deler = kall.deler();
        switch (vilkar) {
            case INGEN -> {
                if (erInnlogging(kall)) {
                    loggFeiletInnlogging(req, res, chain, kall);
                    return;
                }
                chain.doFilter(req, res);
            }
            case EGEN_BRUKER_I_STI -> {
                if (!inn.bruker().equals(deler[2])) {
                    throw new Avvist(403, "Du har ikke tilgang til dette", "annen brukers profil");
                }
                chain.doFilter(req, res);
            }
            case EGEN_BRUKER_I_PARAMETER -> {
                String[] verdier = req.getParameterValues("userId");
                if (verdier == null || verdier.length != 1 || !inn.bruker().equals(verdier[0])) {
                    throw new Avvist(403, "Du har ikke tilgang til dette", "annen brukers grupper");
                }
                chain.doFilter(req, res);
            }
            case TA_SELV -> {
                synligOppgave(inn, deler[2]);
                byte[] kropp = kropp(req);
                if (!inn.bruker().equals(brukerIKropp(kropp))) {
                    throw new Avvist(403, "Du kan bare ta oppgaver selv", "tar oppgave for en annen");
                }
                medRegelbruddSom400(new MedKropp(req, kropp), res, chain);
            }
            case TILDEL -> {
                Task oppgave = synligOppgave(inn, deler[2]);
                String ny = brukerIKropp(kropp(req));
                krevCsrf(req);
                boolean taSelv = inn.bruker().equals(ny)
                        && (oppgave.getAssignee() == null || oppgave.getAssignee().equals(inn.bruker()));
                if (!taSelv && !teamlederFor(inn, oppgave, ny)) {
                    throw new Avvist(403, "Du kan bare tildele oppgaver ved ditt eget kontor, og bare som teamleder",
                            "tildeling utenfor eget ansvar");
                }
                somBruker(inn, () -> tildeling.tildel(oppgave.getId(), ny));
                res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case FRIGI -> {
                Task oppgave = synligOppgave(inn, deler[2]);
                krevCsrf(req);
                if (!inn.bruker().equals(oppgave.getAssignee()) && !teamlederFor(inn, oppgave, null)) {
                    throw new Avvist(403, "Du kan bare gi fra deg dine egne oppgaver", "frigir en annens oppgave");
                }
                somBruker(inn, () -> tildeling.tildel(oppgave.getId(), null));
                res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            case SKJEMA -> {
                Task oppgave = synligOppgave(inn, deler[2]);
                byte[] kropp = kropp(req);
                String skjema = oppgave.getCamundaFormRef() == null ? null : oppgave.getCamundaFormRef().getKey();
                try {
                    kropp = skjemaer.kontroller(skjema, kropp);
                } catch (Oppgaveskjemaer.UgyldigSkjema e) {
                    throw new Avvist(400, e.getMessage(), "skjema: " + e.getMessage());
                }
                medRegelbruddSom400(new MedKropp(req, kropp), res, chain);
            }
        }
    }

    /**
     * The engine REST API answers every engine exception of claim, complete and submit-form with 500 and its own
     * wording; when the cause was a rule the user broke, the answer is 400 with the rule's Norwegian message alone.
     */
    private void medRegelbruddSom400(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper svar = new ContentCachingResponseWrapper(res);
        RegelbruddPlugin.glem();
        chain.doFilter(req, svar);
        Regelbrudd brudd = RegelbruddPlugin.siste();
        if (brudd != null && svar.getStatus() >= 400) {
            svar.resetBuffer();
            svar(res, 400, brudd.getMessage());
            return;
        }
        svar.copyBodyToResponse();
    }

    // ------------------------------------------------------------------------------------------------ who

    private Innlogget innlogget(HttpServletRequest req) {
        Authentication a = identity.getCurrentAuthentication();
        if (a != null && a.getUserId() != null) {
            return innlogget(a.getUserId(), a.getGroupIds(), a.getTenantIds());
        }
        UserAuthentication u = Webappsesjon.innlogget(req, motornavn);
        return u == null ? null : innlogget(u.getIdentityId(), u.getGroupIds(), u.getTenantIds());
    }

    private static Innlogget innlogget(String bruker, List<String> grupper, List<String> tenanter) {
        List<String> g = grupper == null ? List.of() : List.copyOf(grupper);
        return new Innlogget(bruker, g, tenanter == null ? List.of() : List.copyOf(tenanter), Rolle.fra(g));
    }

    /** Runs engine calls as the caller (the webapps set the engine's authentication only inside their own API). */
    private void somBruker(Innlogget inn, Runnable arbeid) {
        Authentication for_ = identity.getCurrentAuthentication();
        identity.setAuthentication(inn.bruker(), inn.grupper(), inn.tenanter());
        try {
            arbeid.run();
        } finally {
            if (for_ != null) {
                identity.setAuthentication(for_);
            } else {
                identity.clearAuthentication();
            }
        }
    }

    /**
     * The gate carries out assignments itself, perhaps before the webapps' own CSRF filter has run: a call from a
     * webapp session must carry the session's CSRF token as that filter requires.
     */
    private void krevCsrf(HttpServletRequest req) {
        if (identity.getCurrentAuthentication() != null) {
            return; // HTTP Basic: no cookie, nothing to forge
        }
        HttpSession sesjon = req.getSession(false);
        Object token = sesjon == null ? null : sesjon.getAttribute("CAMUNDA_CSRF_TOKEN");
        if (token == null || !token.equals(req.getHeader("X-XSRF-TOKEN"))) {
            throw new Avvist(403, "Ugyldig CSRF-token", "CSRF-token mangler eller er feil");
        }
    }

    // ------------------------------------------------------------------------------------------------ tasks

    /** The task as the caller may see it; 404 when it does not exist or belongs to another office, alike. */
    private Task synligOppgave(Innlogget inn, String id) {
        Task[] funnet = new Task[1];
        somBruker(inn, () -> funnet[0] = oppgaver.createTaskQuery().taskId(id).initializeFormKeys().singleResult());
        if (funnet[0] == null) {
            throw new Avvist(404, "Oppgaven finnes ikke", "ukjent eller usynlig oppgave");
        }
        return funnet[0];
    }

    /**
     * The caller leads the team of one of the task's candidate groups (an office's veiledere: teamleder of that
     * office; nay: teamledernay), and the new assignee (if any) belongs to that group.
     */
    private boolean teamlederFor(Innlogget inn, Task oppgave, String nyBruker) {
        // the caller may not read users or identity links; the gate may
        return system.somSystem(() -> teamlederForSomSystem(inn, oppgave, nyBruker));
    }

    private boolean teamlederForSomSystem(Innlogget inn, Task oppgave, String nyBruker) {
        for (IdentityLink l : oppgaver.getIdentityLinksForTask(oppgave.getId())) {
            String gruppe = l.getGroupId();
            if (!IdentityLinkType.CANDIDATE.equals(l.getType()) || gruppe == null || gruppe.startsWith("teamleder")) {
                continue;
            }
            if (inn.grupper().contains(Grupper.teamlederFor(gruppe)) && (nyBruker == null
                    || identity.createUserQuery().userId(nyBruker).memberOfGroup(gruppe).count() == 1)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ bodies

    private static byte[] kropp(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (req.getContentLengthLong() > MAKS_KROPP) {
            throw new Avvist(413, "Forespørselen er for stor", "for stor kropp");
        }
        byte[] kropp;
        try (InputStream in = req.getInputStream()) {
            kropp = in.readNBytes(MAKS_KROPP + 1);
        }
        if (kropp.length > MAKS_KROPP) {
            throw new Avvist(413, "Forespørselen er for stor", "for stor kropp");
        }
        if (kropp.length > 0 && (type == null || !type.toLowerCase().startsWith("application/json"))) {
            throw new Avvist(415, "Forespørselen må være JSON", "ikke JSON");
        }
        return kropp;
    }

    private String brukerIKropp(byte[] kropp) {
        try {
            JsonNode n = kropp.length == 0 ? null : json.readTree(kropp);
            return n == null || !n.path("userId").isTextual() ? null : n.path("userId").asText();
        } catch (IOException e) {
            throw new Avvist(400, "Forespørselen er ikke gyldig JSON", "ugyldig JSON");
        }
    }

    /** The body the gate read, given to the engine again (possibly without fields the gate dropped). */
    static class MedKropp extends HttpServletRequestWrapper {
        private final byte[] kropp;

        MedKropp(HttpServletRequest req, byte[] kropp) {
            super(req);
            this.kropp = kropp;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(kropp);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return kropp.length;
        }

        @Override
        public long getContentLengthLong() {
            return kropp.length;
        }

        @Override
        public String getContentType() {
            return kropp.length == 0 ? super.getContentType() : "application/json";
        }
    }

    // ------------------------------------------------------------------------------------------------ logins

    private static boolean erInnlogging(Motorkall kall) {
        String[] d = kall.deler();
        return d.length == 6 && d[0].equals("admin") && d[4].equals("login");
    }

    /** A webapp login that fails is a security event; the user name is read from the form body after the fact. */
    private void loggFeiletInnlogging(HttpServletRequest req, HttpServletResponse res, FilterChain chain,
            Motorkall kall) throws IOException, ServletException {
        ContentCachingRequestWrapper lest = new ContentCachingRequestWrapper(req, 4096);
        chain.doFilter(lest, res);
        if (res.getStatus() == 401 || res.getStatus() == 403) {
            String bruker = null;
            for (String par : new String(lest.getContentAsByteArray(), StandardCharsets.UTF_8).split("&")) {
                if (par.startsWith("username=")) {
                    bruker = java.net.URLDecoder.decode(par.substring(9), StandardCharsets.UTF_8);
                }
            }
            logg.innloggingFeilet(bruker, kall.deler()[5]);
        }
    }

    private void svar(HttpServletResponse res, int status, String melding) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType("application/problem+json;charset=UTF-8");
        String tittel = switch (status) {
            case 400 -> "Ugyldig forespørsel";
            case 401 -> "Ikke innlogget";
            case 404 -> "Ikke funnet";
            case 413 -> "For stor forespørsel";
            case 415 -> "Feil innholdstype";
            default -> "Ingen tilgang";
        };
        // "message" as well as "detail": Tasklist and Cockpit show an error's "message". Written as bytes: the
        // engine may have opened the response's output stream already.
        res.getOutputStream().write(json.writeValueAsBytes(Map.of("type", "https://oppfolgingsflyt.no/problem/" + switch (status) {
            case 400, 413, 415 -> "ugyldig-foresporsel";
            case 401 -> "ikke-innlogget";
            case 404 -> "ikke-funnet";
            default -> "ingen-tilgang";
        }, "title", tittel, "status", status, "detail", melding, "message", melding)));
    }
}
