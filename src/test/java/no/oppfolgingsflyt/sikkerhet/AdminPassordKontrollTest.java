package no.oppfolgingsflyt.sikkerhet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class AdminPassordKontrollTest {

    final AdminPassordKontroll kontroll = new AdminPassordKontroll();

    @Test
    void stopperOppstartNaarAdminPassordMangler() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty(AdminPassordKontroll.PASSORD, "");
        assertThatThrownBy(() -> kontroll.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD is not set");
    }

    @Test
    void starterNaarAdminPassordErSatt() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.id", "admin")
                .withProperty(AdminPassordKontroll.PASSORD, "s3cret-from-env");
        assertThatCode(() -> kontroll.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void applikasjonenStarterIkkeUtenforDemoUtenAdminPassord() {
        SpringApplication app = new SpringApplication(no.oppfolgingsflyt.OppfolgingsflytApplication.class);
        assertThatThrownBy(() -> app.run("--camunda.bpm.admin-user.password=", "--spring.main.web-application-type=none"))
                .hasMessageContaining("ADMIN_PASSWORD is not set");
    }
}
