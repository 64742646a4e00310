package no.oppfolgingsflyt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class OppfolgingsflytApplication {

    public static void main(String[] args) {
        SpringApplication.run(OppfolgingsflytApplication.class, args);
    }
}
