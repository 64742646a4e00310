package no.oppfolgingsflyt.sikkerhet;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One line per security event, on the logger {@code oppfolgingsflyt.sikkerhet}: a refused call (who, method, path
 * pattern, why), a failed login, and a user the engine locks after too many failed logins. No personal data: user
 * ids are NAV staff or system ids, and ids in paths are masked.
 */
@Component
public class Sikkerhetslogg {

    private static final Logger LOG = LoggerFactory.getLogger("oppfolgingsflyt.sikkerhet");

    private final IdentityService identityService;
    /** The lock expiry last seen per user, so each lockout is logged once (per node). */
    private final Map<String, Date> sperretTil = new ConcurrentHashMap<>();

    public Sikkerhetslogg(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void avvist(String bruker, String metode, String stimonster, int status, String grunn) {
        LOG.warn("hendelse=AVVIST bruker={} metode={} sti={} status={} grunn=\"{}\"", bruker == null ? "-" : bruker,
                metode, stimonster, status, grunn);
    }

    /** A wrong user or password; also logs the lockout when this failure made the engine lock the user. */
    public void innloggingFeilet(String bruker, String kanal) {
        String id = bruker == null || bruker.isBlank() ? "-" : bruker.length() > 64 ? bruker.substring(0, 64) : bruker;
        LOG.warn("hendelse=INNLOGGING_FEILET bruker={} kanal={}", id, kanal);
        if (id.equals("-")) {
            return;
        }
        User u = identityService.createUserQuery().userId(id).singleResult();
        if (u instanceof UserEntity entity && entity.getLockExpirationTime() != null
                && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime())) {
            Date forrige = sperretTil.put(id, entity.getLockExpirationTime());
            if (!entity.getLockExpirationTime().equals(forrige)) {
                LOG.warn("hendelse=BRUKER_SPERRET bruker={} til={}", id, entity.getLockExpirationTime().toInstant());
            }
        }
    }
}
