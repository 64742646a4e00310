package no.oppfolgingsflyt.sikkerhet;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the engine the two ways a user can: the engine REST API with HTTP Basic ({@code /engine-rest}), or the
 * webapps' API with a Tasklist login session and its CSRF token ({@code /camunda/api/engine}), as the browser does.
 */
final class Motorklient {

    record Svar(int status, String kropp, String type) {}

    enum Kanal { REST, WEBAPP }

    private final String base;
    private final String motor;
    private final String bruker;
    private final Kanal kanal;
    private final CookieManager kaker = new CookieManager();
    private final HttpClient http;

    Motorklient(int port, String motor, String bruker, Kanal kanal) {
        this(port, motor, bruker, kanal, "demo");
    }

    private Motorklient(int port, String motor, String bruker, Kanal kanal, String passord) {
        this.base = "http://localhost:" + port;
        this.motor = motor;
        this.bruker = bruker;
        this.kanal = kanal;
        this.http = HttpClient.newBuilder().cookieHandler(kaker).build();
        if (kanal == Kanal.REST && passord != null) {
            // a first login resets the user's failed attempts (a row in act_id_user): before any measurement
            motor("GET", "version", null);
        }
        if (kanal == Kanal.WEBAPP && passord != null) {
            Svar inn = loggInn(passord);
            if (inn.status() != 200) {
                throw new IllegalStateException("Login as " + bruker + " failed: " + inn);
            }
            send("GET", "/camunda/api/admin/auth/user/" + motor, null, null); // the new session's CSRF token
        }
    }

    /** Tasklist's login form, as the browser sends it (with the CSRF token the login page was given). */
    Svar loggInn(String passord) {
        send("GET", "/camunda/api/admin/auth/user/" + motor, null, null); // hands out the CSRF token
        return send("POST", "/camunda/api/admin/auth/user/" + motor + "/login/tasklist",
                "username=" + URLEncoder.encode(bruker, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(passord, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    /** A webapp client that has not logged in. */
    static Motorklient utenInnlogging(int port, String motor, String bruker) {
        return new Motorklient(port, motor, bruker, Kanal.WEBAPP, null);
    }

    String bruker() {
        return bruker;
    }

    String kanal() {
        return kanal.name();
    }

    /** A call to the engine API: {@code sti} without prefix, e.g. {@code task/123/complete}. */
    Svar motor(String metode, String sti, String json) {
        String prefiks = kanal == Kanal.REST ? "/engine-rest/engine/" + motor + "/"
                : "/camunda/api/engine/engine/" + motor + "/";
        return send(metode, prefiks + sti, json, json == null ? null : "application/json");
    }

    Svar send(String metode, String sti, String kropp, String innholdstype) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sti))
                .method(metode, kropp == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(kropp))
                .header("Accept", "application/json");
        if (innholdstype != null) {
            b.header("Content-Type", innholdstype);
        }
        if (kanal == Kanal.REST) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((bruker + ":demo").getBytes(StandardCharsets.UTF_8)));
        } else {
            b.header("Origin", base).header("Referer", base + "/camunda/app/tasklist/");
            for (HttpCookie k : kaker.getCookieStore().getCookies()) {
                if (k.getName().equals("XSRF-TOKEN")) {
                    b.header("X-XSRF-TOKEN", k.getValue());
                }
            }
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Svar(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
