package no.oppfolgingsflyt.nettleser;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The veileder's day in a real browser: headless Chromium (Debian's chromium and chromium-driver) drives Tasklist,
 * opens each kind of sykefravær task, checks the Norwegian form and the case facts, fills it in, completes it, and
 * checks that the case moved on. Screenshots land in target/skjermbilder for a person to look at.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class TasklistNettleserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BILDER = Path.of("target", "skjermbilder");

    static WebDriver nettleser;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;

    @BeforeAll
    static void startNettleser() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String melding = "The browser test needs Debian's chromium and chromium-driver (/usr/bin/chromium, "
                    + "/usr/bin/chromedriver): apt-get install chromium chromium-driver. .ci/run installs them.";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(melding);
            }
            Assumptions.abort(melding);
        }
        Files.createDirectories(BILDER);
        ChromeOptions valg = new ChromeOptions();
        valg.setBinary(CHROMIUM.toFile());
        valg.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1100", "--lang=nb-NO",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profil"));
        ChromeDriverService tjeneste = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        nettleser = new ChromeDriver(tjeneste, valg);
    }

    @AfterAll
    static void stoppNettleser() {
        if (nettleser != null) {
            nettleser.quit();
        }
    }

    @AfterEach
    void klokke() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------------------------------------ the day

    @Test
    void veilederensDagITasklist() throws Exception {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        // Case A: the employer never confirms; not graded. Case B: no employer. Case C: graded, duties confirmed.
        String a = sak("2025-01-06", 100, true, false);
        String b = sak("2025-01-06", 100, false, false);
        String c = sak("2025-01-06", 50, true, true);
        String d = sak("2025-01-06", 50, true, true);
        String e = sak("2025-01-06", 100, true, true);
        String f = sak("2025-01-06", 100, true, true);
        forlop.somMottak(() -> handlinger.motebehov(f, SakHandlinger.Part.ARBEIDSTAKER, "Ønsker et møte"));
        // Case G belongs to the other office (4601).
        var smG = sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, true);
        String g = forlop.motta(new SykmeldingInn(smG.sykmeldingId(), smG.fnr(), smG.perioder(), smG.orgnummer(),
                smG.naermesteLeder(), smG.sykmelder(), "4601")).saksreferanse();

        kjor(a, "2025-03-03");
        kjor(g, "2025-03-03");
        kjor(b, "2025-03-30");
        kjor(e, "2025-03-03");
        forlop.fullfor(pid(e), "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "FORHANDSVARSEL"));
        kjor(e, "2025-03-24");
        kjor(c, "2025-05-05");
        kjor(d, "2025-05-05");
        forlop.fullfor(pid(d), "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "INNKALL",
                "motetidspunkt", "2025-05-20T10:00", "motested", "NAV Grünerløkka"));
        forlop.somMottak(() -> handlinger.dialogmoteSvar(d, SakHandlinger.Deltaker.ARBEIDSGIVER,
                SakHandlinger.MoteSvar.NYTT_TID_STED, "Ferie"));

        loggInn("veileder0301");

        behandle(a, "Task_KontaktArbeidsgiverOppfolgingsplan", "Be arbeidsgiver om oppfølgingsplan",
                Map.of("Arbeidsgiveren er kontaktet", ""), "End_OppfolgingsplanFulgtOpp");
        behandle(a, "Task_KontaktArbeidsgiverDialogmote1", "Følg opp dialogmøte 1 med arbeidsgiver",
                ordnet("Åpenbart unødvendig", "", "Begrunnelse", "Arbeidstaker er tilbake i full jobb snart"),
                "End_Dialogmote1FulgtOpp");
        behandle(a, "Task_VurderAktivitetskrav", "Vurder aktivitetskrav",
                ordnet("Unntak", "", "Medisinske grunner", "", "Begrunnelse", "Innlagt på sykehus"),
                "End_AktivitetskravVurdert");
        behandle(b, "Task_FolgOppUtenArbeidsgiver", "Følg opp sykmeldt uten arbeidsgiver",
                Map.of("Oppfølging er startet", ""), "End_UtenArbeidsgiverFulgtOpp");
        behandle(e, "Task_VurderStans", "Vurder stans",
                ordnet("Oppfylt", "", "Begrunnelse", "Svaret viser at hun er i tiltak"), "End_StansVurdert");
        behandle(c, "Task_VurderDialogmote2", "Vurder dialogmøte 2",
                ordnet("Unntak", "", "Medisinske grunner", ""), "End_Dialogmote2Unntak");
        behandle(d, "Task_VurderNyttTidSted", "Vurder ønske om nytt tid og sted",
                ordnet("Behold tid og sted", "", "Kommentar", "Tidspunktet står"), "Gateway_NyttTidStedUtfall");
        kjor(d, "2025-05-20T11:00");
        behandle(d, "Task_SkrivReferat", "Skriv referat",
                ordnet("Situasjon og muligheter", "Jobber 50 %", "Konklusjon", "Øker til 80 % fra juni"),
                "End_Dialogmote2Ferdigstilt");
        behandle(f, "Task_VurderMotebehov", "Vurder møtebehov",
                ordnet("Ikke behov for møte nå", "", "Begrunnelse", "Dialogmøte 2 er planlagt"),
                "End_MotebehovVurdert");

        // 39 weeks: the letter, the answer, and the veileder decides.
        kjor(c, "2025-10-06");
        forlop.somMottak(() -> handlinger.svar39Uker(c, false, null));
        behandle(c, "Task_VurderVidereOppfolging", "Vurder videre oppfølging",
                Map.of("Ingen videre oppfølging", ""), "End_VidereOppfolgingVurdert");

        // The other office sees its own case G and none of the others.
        nettleser.manage().deleteAllCookies();
        loggInn("veileder4601");
        Task aapen = forlop.oppgave(pid(f), "Task_KontaktArbeidsgiverOppfolgingsplan");
        nettleser.get(base() + "/camunda/app/tasklist/default/#/?filter=" + filterId("Mitt kontor"));
        new WebDriverWait(nettleser, Duration.ofSeconds(20)).until(n -> n.getPageSource().contains(g));
        bilde("annet-kontor");
        assertThat(nettleser.getPageSource()).as("the case reference is a column of the list").contains("Sak:")
                .contains(g);
        assertThat(nettleser.getPageSource()).doesNotContain(f).doesNotContain(a);
        assertThat(aapen == null || !nettleser.getPageSource().contains(aapen.getId())).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ Cockpit

    /**
     * The process owner's Cockpit works through the gate in front of the engine: dashboard, processes, one process
     * and one case, with no call of Cockpit's refused (each refusal would be a line in the security log).
     */
    @Test
    void prosesseierenSerSakeneICockpit(CapturedOutput logg) throws Exception {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        String ref = sak("2025-01-06", 100, true, false);
        kjor(ref, "2025-02-10");
        nettleser.manage().deleteAllCookies();
        nettleser.get(base() + "/camunda/app/cockpit/default/");
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("prosesseier");
        nettleser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        nettleser.findElement(By.cssSelector("button[type='submit']")).click();
        vent.until(n -> n.getPageSource().contains("Running Process Instances")
                || n.getPageSource().contains("Process Definitions"));
        Thread.sleep(2000);
        bilde("cockpit-oversikt");
        String definisjon = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid(ref))
                .singleResult().getProcessDefinitionId();
        for (String side : List.of("#/processes", "#/process-definition/" + definisjon + "/runtime",
                "#/process-instance/" + pid(ref) + "/runtime", "#/decisions", "#/tasks")) {
            nettleser.get(base() + "/camunda/app/cockpit/default/" + side);
            Thread.sleep(3000);
            bilde("cockpit-" + side.replaceAll("[^a-z-]", "").replaceAll("-+$", ""));
        }
        assertThat(nettleser.getPageSource()).doesNotContain("Ingen tilgang");
        assertThat(logg.getAll()).as("Cockpit calls the gate refused for the process owner")
                .doesNotContain("hendelse=AVVIST bruker=prosesseier");
    }

    /**
     * The process owner's figures on Cockpit's dashboard and one case's story as a tab on its process instance, read
     * from the application API with Cockpit's session; again no call refused.
     */
    @Test
    void prosesseierenSerNokkeltallOgSakensHistorikk(CapturedOutput logg) throws Exception {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        String ref = sak("2025-01-06", 100, true, false);
        kjor(ref, "2025-03-03");
        forlop.fullfor(pid(ref), "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));
        nettleser.manage().deleteAllCookies();
        try {
            nokkeltallOgHistorikk(ref, logg);
        } finally {
            // log out: the next test starts at a login page
            nettleser.manage().deleteAllCookies();
        }
    }

    void nokkeltallOgHistorikk(String ref, CapturedOutput logg) throws Exception {
        nettleser.get(base() + "/camunda/app/cockpit/default/");
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("prosesseier");
        nettleser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        nettleser.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement tall = vent.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#oppfolgingsflyt-nokkeltall .fliser")));
        String tekst = nettleser.findElement(By.id("oppfolgingsflyt-nokkeltall")).getText();
        assertThat(tekst).contains("Sykefraværsoppfølging: nøkkeltall", "Dialogmøte 2 innen 26 uker",
                "Oppfølgingsplan innen uke 4", "Forfalte oppgaver per kontor", "Varsler i perioden", "Tabell 4.2")
                .doesNotContain("Kunne ikke hente");
        assertThat(nettleser.findElements(By.cssSelector("#oppfolgingsflyt-nokkeltall svg"))).hasSizeGreaterThan(1);
        // the filters: the demo case's office and its months
        WebElement enhet = nettleser.findElement(By.cssSelector("#oppfolgingsflyt-nokkeltall input[name='enhet']"));
        enhet.sendKeys("0301");
        ((org.openqa.selenium.JavascriptExecutor) nettleser).executeScript(
                "var f = document.querySelector('#oppfolgingsflyt-nokkeltall form');"
                        + "f.elements.fra.value = '2025-01'; f.elements.til.value = '2025-03';", tall);
        nettleser.findElement(By.cssSelector("#oppfolgingsflyt-nokkeltall button[type='submit']")).click();
        vent.until(n -> n.findElement(By.id("oppfolgingsflyt-nokkeltall")).getText().contains("NAV-kontor 0301"));
        ((org.openqa.selenium.JavascriptExecutor) nettleser).executeScript(
                "document.getElementById('oppfolgingsflyt-nokkeltall').scrollIntoView();");
        Thread.sleep(500);
        bilde("cockpit-nokkeltall");

        nettleser.get(base() + "/camunda/app/cockpit/default/#/process-instance/" + pid(ref) + "/runtime");
        WebElement fane = vent.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='Sakens historikk']")));
        fane.click();
        vent.until(ExpectedConditions.textToBePresentInElementLocated(By.id("oppfolgingsflyt-historikk"),
                "Sak " + ref));
        String historikk = nettleser.findElement(By.id("oppfolgingsflyt-historikk")).getText();
        assertThat(historikk).contains("Sykmelding mottatt", "Vurdering",
                "AKTIVITETSKRAV:UNNTAK:MEDISINSKE_GRUNNER", "veileder0301", "Frist: Dialogmøte 2 (uke 26)",
                "Varsel:");
        ((org.openqa.selenium.JavascriptExecutor) nettleser).executeScript(
                "document.getElementById('oppfolgingsflyt-historikk').scrollIntoView();");
        Thread.sleep(500);
        bilde("cockpit-sakens-historikk");
        assertThat(logg.getAll()).as("calls refused for the process owner")
                .doesNotContain("hendelse=AVVIST bruker=prosesseier");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    String sak(String fom, int grad, boolean arbeidsgiver, boolean bekreft) {
        String ref = forlop.motta(sykmelding(Testdata.fnr(), fom, "2025-12-31", grad, arbeidsgiver)).saksreferanse();
        if (bekreft) {
            forlop.somMottak(() -> {
                handlinger.arbeidsgiverBekrefter(ref, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                        SakHandlinger.Bekreftelse.UTARBEIDET, null);
                handlinger.arbeidsgiverBekrefter(ref, SakHandlinger.Plikt.DIALOGMOTE1,
                        SakHandlinger.Bekreftelse.GJENNOMFORT, null);
            });
        }
        return ref;
    }

    /**
     * Clicks like a user: if Tasklist's fixed footer still covers the element (the form may still be growing), scroll
     * its pane a little further and try again; as a last resort press Enter on it, as a keyboard user would.
     */
    void klikk(WebElement element) throws InterruptedException {
        var js = (org.openqa.selenium.JavascriptExecutor) nettleser;
        for (int forsok = 0; forsok < 5; forsok++) {
            try {
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException dekket) {
                js.executeScript("var p = arguments[0].closest('.three-cols-layout-cell.content');"
                        + " if (p) { p.scrollTop = p.scrollTop + 150; }", element);
                Thread.sleep(300);
            }
        }
        element.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    String pid(String ref) {
        return forlop.sak(ref).processInstanceId();
    }

    void kjor(String ref, String til) {
        forlop.kjorTil(pid(ref), til.length() == 10 ? LocalDate.parse(til).atTime(9, 0) : LocalDateTime.parse(til));
    }

    static Map<String, String> ordnet(String... par) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            m.put(par[i], par[i + 1]);
        }
        return m;
    }

    String base() {
        return "http://localhost:" + port;
    }

    String filterId(String navn) {
        return engine.getFilterService().createFilterQuery().filterName(navn).singleResult().getId();
    }

    void loggInn(String bruker) throws Exception {
        nettleser.manage().deleteAllCookies(); // another test may have left a session behind
        nettleser.get(base() + "/camunda/app/tasklist/default/");
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(bruker);
        nettleser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        nettleser.findElement(By.cssSelector("button[type='submit']")).click();
        vent.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(., 'Mitt kontor')]")));
        Thread.sleep(1000);
        bilde("innlogget-" + bruker);
        assertThat(nettleser.getCurrentUrl()).as("the task list is sorted by deadline").contains("dueDate");
    }

    /**
     * Opens the task in Tasklist, checks its Norwegian title and the case facts on the form, claims it, fills in the
     * fields (radio buttons by their label; text by its label), completes it, and checks the case moved on.
     */
    void behandle(String ref, String oppgave, String tittel, Map<String, String> felt, String deretter)
            throws Exception {
        Task task = forlop.oppgave(pid(ref), oppgave);
        assertThat(task).as(oppgave + " in " + ref).isNotNull();
        nettleser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
        WebElement krav = vent.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[(self::a or self::button) and contains(normalize-space(.), 'Claim')]")));
        krav.click();
        vent.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        Thread.sleep(500);

        String side = nettleser.findElement(By.cssSelector(".fjs-container")).getText();
        assertThat(nettleser.getPageSource()).contains(tittel);
        String saksinfo = nettleser.findElement(By.cssSelector("textarea[id*='Saksinfo'], textarea"))
                .getAttribute("value");
        assertThat(saksinfo).as("case facts on the form").contains("Sak " + ref).contains("Sykmeldt fra")
                .contains("Frister:");
        assertThat(side).as("Norwegian labels").containsAnyOf("Vurdering", "Utfall", "Situasjon");

        for (Map.Entry<String, String> e : felt.entrySet()) {
            WebElement etikett = vent.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//div[contains(@class,'fjs-container')]//label[starts-with(normalize-space(.), '" + e.getKey()
                            + "')]")));
            ((org.openqa.selenium.JavascriptExecutor) nettleser)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", etikett);
            if (e.getValue().isEmpty()) {
                etikett.click();
            } else {
                WebElement inn = nettleser.findElement(By.id(etikett.getAttribute("for")));
                inn.clear();
                inn.sendKeys(e.getValue());
            }
            Thread.sleep(200);
        }
        bilde(oppgave + "-utfylt");
        WebElement fullfor = nettleser.findElement(By.xpath("//button[normalize-space()='Complete']"));
        // Long forms put the button under Tasklist's footer: scroll it to the middle before the click.
        ((org.openqa.selenium.JavascriptExecutor) nettleser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", fullfor);
        Thread.sleep(300);
        klikk(fullfor);
        long slutt = System.currentTimeMillis() + 20_000;
        while (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() > 0
                && System.currentTimeMillis() < slutt) {
            Thread.sleep(250);
        }
        bilde(oppgave + "-fullfort");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                .as(oppgave + " completed in the browser").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid(ref))
                .activityId(deretter).count()).as("the case moved on to " + deretter).isPositive();
    }

    static void bilde(String navn) throws Exception {
        File fil = ((TakesScreenshot) nettleser).getScreenshotAs(OutputType.FILE);
        Files.copy(fil.toPath(), BILDER.resolve(navn + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
