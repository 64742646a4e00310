package no.oppfolgingsflyt.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Strict JSON for the application API (Spring MVC's reader of request bodies): a key twice in one object is an
 * error, not "the last one wins" ({"fnr": A, …, "fnr": B} would be B: another person), and nothing may follow the
 * object. Only this converter is changed, not the shared ObjectMapper: the engine's REST API and the webapps read
 * their JSON as Camunda wrote them to.
 */
@Configuration
public class StrengJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> c : converters) {
            if (c instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(jackson.getObjectMapper().copy()
                        .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true)
                        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true));
            }
        }
    }
}
