package no.oppfolgingsflyt.styring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Cases from before V30 get their milestone dates once, from their case log; new cases get them as they happen. */
@Component
public class MilepaelerVedOppstart {

    private static final Logger LOG = LoggerFactory.getLogger(MilepaelerVedOppstart.class);

    private final JdbcTemplate jdbc;
    private final MilepaelOppdatering milepaeler;

    public MilepaelerVedOppstart(JdbcTemplate jdbc, MilepaelOppdatering milepaeler) {
        this.jdbc = jdbc;
        this.milepaeler = milepaeler;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void beregn() {
        int antall = 0;
        while (true) {
            List<String> saker = jdbc.queryForList("select saksreferanse from sak where milepaeler_beregnet = false "
                    + "order by saksreferanse fetch first 500 rows only", String.class);
            if (saker.isEmpty()) {
                break;
            }
            saker.forEach(milepaeler::oppdater);
            antall += saker.size();
        }
        if (antall > 0) {
            LOG.info("Milestone dates computed from the case log for {} older cases", antall);
        }
    }
}
