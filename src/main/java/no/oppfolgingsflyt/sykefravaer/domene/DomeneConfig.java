package no.oppfolgingsflyt.sykefravaer.domene;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DomeneConfig {

    @Bean
    public TilfelleBeregner tilfelleBeregner(FristKonfig konfig) {
        return new TilfelleBeregner(konfig.maksOppholdDager());
    }
}
