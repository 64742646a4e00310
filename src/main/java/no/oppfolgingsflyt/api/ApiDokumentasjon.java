package no.oppfolgingsflyt.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application API (/v3/api-docs, Swagger UI at /swagger-ui.html), generated from the
 * controllers by springdoc, for the systems that call it. Added here: the login (HTTP Basic), and the errors every
 * call may answer, as application/problem+json with an example each (api.ProblemHandler writes them).
 */
@Configuration
public class ApiDokumentasjon {

    static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI oppfolgingsflytApi() {
        return new OpenAPI()
                .info(new Info().title("Oppfølgingsflyt – applikasjons-API").version("1")
                        .description("Mottak av sykmeldinger, svar fra arbeidsgivere og AAP-opplysninger, og oppslag "
                                + "på saker. Logg inn med HTTP Basic; hvilke roller (Camunda-grupper) som kan gjøre "
                                + "hvert kall, står i README, «Who may call what». Feil svares med "
                                + "application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic"))
                        .addSchemas("Problem", problemskjema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    OpenApiCustomizer problemSvar() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(sti -> sti.readOperations().forEach(ApiDokumentasjon::feilsvar));
        };
    }

    private static void feilsvar(Operation operasjon) {
        leggTil(operasjon, "400", "Ugyldig forespørsel: feltene som er feil, eller en regel som er brutt",
                eksempel(400, "ugyldig-foresporsel", "Ugyldig forespørsel", "fnr has wrong control digits (mod 11)",
                        true));
        leggTil(operasjon, "401", "Ikke innlogget", eksempel(401, "ikke-innlogget", "Ikke innlogget",
                "Log in with HTTP Basic", false));
        leggTil(operasjon, "403", "Rollen kan ikke gjøre dette kallet", eksempel(403, "ingen-tilgang",
                "Ingen tilgang", "Rollen din kan ikke gjøre dette kallet", false));
        leggTil(operasjon, "404", "Ukjent sak, eller en sak ved et annet kontor (samme svar)", eksempel(404,
                "ikke-funnet", "Ikke funnet", "No case SF-1001", false));
        leggTil(operasjon, "409", "Saken er avsluttet, eller venter ikke på dette", eksempel(409, "konflikt",
                "Konflikt", "Case SF-1001 is closed", false));
    }

    private static void leggTil(Operation operasjon, String kode, String beskrivelse, Example eksempel) {
        if (operasjon.getResponses() == null || operasjon.getResponses().containsKey(kode)) {
            return;
        }
        operasjon.getResponses().addApiResponse(kode, new ApiResponse().description(beskrivelse)
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .addExamples(kode, eksempel))));
    }

    private static Example eksempel(int status, String type, String tittel, String detalj, boolean feil) {
        Map<String, Object> verdi = new LinkedHashMap<>();
        verdi.put("type", "https://oppfolgingsflyt.no/problem/" + type);
        verdi.put("title", tittel);
        verdi.put("status", status);
        verdi.put("detail", detalj);
        if (feil) {
            verdi.put("feil", java.util.List.of(Map.of("felt", "fnr", "melding", "has wrong control digits (mod 11)")));
        }
        return new Example().value(verdi);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemskjema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("https://oppfolgingsflyt.no/problem/ugyldig-foresporsel"))
                .addProperty("title", new StringSchema().example("Ugyldig forespørsel"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("feil", new ArraySchema().description("Feltene som er feil (bare ved 400)")
                        .items(new ObjectSchema().addProperty("felt", new StringSchema().example("fnr"))
                                .addProperty("melding", new StringSchema()
                                        .example("has wrong control digits (mod 11)"))));
    }
}
