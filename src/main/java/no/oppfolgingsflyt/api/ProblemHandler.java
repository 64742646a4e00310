package no.oppfolgingsflyt.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import no.oppfolgingsflyt.felles.Personlaas;
import no.oppfolgingsflyt.felles.Regelbrudd;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sikkerhet.RegelbruddPlugin;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import no.oppfolgingsflyt.sikkerhet.Sikkerhetslogg;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the application API as application/problem+json (RFC 9457), saying which field and why. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String TYPE = "https://oppfolgingsflyt.no/problem/";

    private final Sikkerhetslogg sikkerhetslogg;
    private final Systemkontekst system;

    public ProblemHandler(Sikkerhetslogg sikkerhetslogg, Systemkontekst system) {
        this.sikkerhetslogg = sikkerhetslogg;
        this.system = system;
    }

    @ExceptionHandler(Valideringsfeil.class)
    ProblemDetail valideringsfeil(Valideringsfeil e) {
        return ugyldig(e.feil());
    }

    /** A rule of the case the user broke, also when the engine raised it (then wrapped as a bad request). */
    @ExceptionHandler({Regelbrudd.class, BadUserRequestException.class})
    ProblemDetail regelbrudd(RuntimeException e) {
        Regelbrudd r = RegelbruddPlugin.regelbrudd(e);
        return problem(HttpStatus.BAD_REQUEST, "regelbrudd", "Ugyldig forespørsel",
                r != null ? r.getMessage() : e.getMessage());
    }

    @ExceptionHandler(Konflikt.class)
    ProblemDetail konflikt(Konflikt e) {
        return problem(HttpStatus.CONFLICT, "konflikt", "Konflikt", e.getMessage());
    }

    @ExceptionHandler(IkkeFunnet.class)
    ProblemDetail ikkeFunnet(IkkeFunnet e) {
        return problem(HttpStatus.NOT_FOUND, "ikke-funnet", "Ikke funnet", e.getMessage());
    }

    @ExceptionHandler(IngenTilgang.class)
    ProblemDetail ingenTilgang(IngenTilgang e, HttpServletRequest req) {
        // one line in the security log per refused call, as for the engine's API
        Object monster = req.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        sikkerhetslogg.avvist(system.bruker(), req.getMethod(), monster == null ? "api/…" : monster.toString(),
                HttpStatus.FORBIDDEN.value(), e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "ingen-tilgang", "Ingen tilgang", e.getMessage());
    }

    /** Two requests for the same person at the same moment: the second one is refused and may be sent again. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail samtidig(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "samtidig-endring", "Samtidig endring",
                "Another request changed the same case at the same time; send the request again");
    }

    /**
     * The person's lock stayed taken, or a race with the engine's jobs was lost every time it was tried: nothing was
     * changed, and the same request may be sent again in a moment.
     */
    @ExceptionHandler({Personlaas.Opptatt.class, OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> opptatt(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "opptatt", "Opptatt",
                        "Saken ble endret samtidig; ingenting er lagret, send forespørselen igjen"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ugyldig(List.of(Lesefeil.av(ex)));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static ProblemDetail ugyldig(List<Feltfeil> feil) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "ugyldig-foresporsel", "Ugyldig forespørsel",
                feil.stream().map(f -> f.felt() + " " + f.melding()).collect(Collectors.joining("; ")));
        p.setProperty("feil", feil);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String tittel, String detalj) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detalj);
        p.setType(URI.create(TYPE + type));
        p.setTitle(tittel);
        return p;
    }
}
