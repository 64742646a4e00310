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
import no.oppfolgingsflyt.sikkerhet.Tilganger;
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
    @Autowired
    no.oppfolgingsflyt.sykefravaer.lagring.SykmeldingRepository sykmeldinger;

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
        // A veileder in Norway: the webapps show dates in the browser's time zone.
        ChromeDriverService tjeneste = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Oslo")).build();
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
        vent.until(n -> n.getPageSource().contains("Kjørende prosessinstanser")
                || n.getPageSource().contains("Prosessdefinisjoner"));
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

    // ------------------------------------------------------------------------------------------------ Norwegian

    /**
     * Every app speaks Norwegian on its main screen, and http://localhost:8080 takes each role to where it works:
     * the login page (Welcome's) in Norwegian, then veileder → Tasklist, process owner → Cockpit, admin → Admin.
     * Dates in Norwegian time: the footer names the browser's time zone, Europe/Oslo here.
     */
    @Test
    void norskIAlleAppeneOgRettAppEtterInnlogging() throws Exception {
        nettleser.manage().deleteAllCookies();
        nettleser.get(base() + "/");
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        Thread.sleep(1000);
        bilde("startside-innlogging");
        assertThat(synlig()).contains("Logg inn", "Oppfølgingsflyt")
                .doesNotContain("Welcome", "Username", "Password", "Please Log in");

        // veileder → Tasklist, Norwegian chrome, no "Create task" or "Start process"
        loggInnFraStart("veileder0301", "demo");
        vent.until(ExpectedConditions.urlContains("/app/tasklist/"));
        vent.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(., 'Mitt kontor')]")));
        Thread.sleep(2500);
        bilde("landing-veileder-tasklist");
        String tasklist = synlig();
        assertThat(tasklist).contains("Mitt kontor", "Frist", "Dato og klokkeslett vises i lokal tidssone",
                "Europe/Oslo").doesNotContain("Create task", "Start process", "Opprett oppgave", "Start prosess",
                "Claim", "Due ", "Sort by", "Created", "UTC");
        assertThat(nettleser.findElements(By.cssSelector("li.create-task-action, li.start-process-action"))
                .stream().filter(WebElement::isDisplayed).toList()).as("no Create task / Start process").isEmpty();

        // process owner → Cockpit
        nettleser.manage().deleteAllCookies();
        nettleser.get(base() + "/");
        loggInnFraStart("prosesseier", "demo");
        vent.until(ExpectedConditions.urlContains("/app/cockpit/"));
        vent.until(n -> synlig().contains("Kjørende prosessinstanser"));
        Thread.sleep(2000);
        bilde("landing-prosesseier-cockpit");
        assertThat(synlig()).contains("Kjørende prosessinstanser", "Prosesser", "Beslutninger")
                .doesNotContain("Running Process Instances", "Decisions", "Human Tasks");

        // administrator → Admin
        nettleser.manage().deleteAllCookies();
        nettleser.get(base() + "/");
        loggInnFraStart("admin", "test-admin-passord");
        vent.until(ExpectedConditions.urlContains("/app/admin/"));
        vent.until(n -> synlig().contains("Brukere"));
        Thread.sleep(2000);
        bilde("landing-admin");
        assertThat(synlig()).contains("Brukere", "Grupper", "Tilganger")
                .doesNotContain("Authorizations", "Tenants", "System Settings");
    }

    /**
     * A broken rule the form does not catch itself («Avvent til» must be after today) comes back as its Norwegian
     * message alone, in a notification that leaves the Complete button fully visible and can be closed.
     */
    @Test
    void regelbruddVisesPaaNorskOgFullforKnappenErSynlig() throws Exception {
        Saksforlop.idag(LocalDate.now().minusDays(70));
        String ref = sak(LocalDate.now().minusDays(70).toString(), 100, true, true);
        forlop.kjorTil(pid(ref), LocalDate.now().atTime(9, 0));
        ClockUtil.reset();
        Task task = forlop.oppgave(pid(ref), "Task_VurderAktivitetskrav");
        assertThat(task).isNotNull();
        nettleser.manage().deleteAllCookies();
        loggInn("veileder0301");
        nettleser.get(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        vent.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
        vent.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[(self::a or self::button) and contains(normalize-space(.), 'Ta oppgaven')]"))).click();
        vent.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        Thread.sleep(500);
        velg("Avvent");
        Thread.sleep(300);
        velg("Venter på informasjon fra behandler");
        skriv("Beskrivelse", "Venter på epikrise");
        WebElement dato = vent.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.), 'Avvent til')]"
                        + "/following::input[1]")));
        ((org.openqa.selenium.JavascriptExecutor) nettleser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", dato);
        dato.click();
        dato.sendKeys(LocalDate.now().minusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        dato.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        nettleser.findElement(By.cssSelector(".fjs-container h2")).click();
        Thread.sleep(300);
        WebElement fullfor = fullforKnapp();
        ((org.openqa.selenium.JavascriptExecutor) nettleser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", fullfor);
        Thread.sleep(300);
        klikk(fullfor);
        WebElement varsel = vent.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".page-notifications .alert")));
        Thread.sleep(800);
        bilde("regelbrudd-avvent-til");
        String tekst = varsel.getText().replace("×", "").trim();
        assertThat(tekst).as("the notification: the rule's message alone")
                .isEqualToIgnoringWhitespace("Avvent til må være en dato etter i dag")
                .doesNotContain("ENGINE-", "Cannot submit", "Exception", "An error happened");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

        // The Complete button is fully inside the window and not under the notification.
        fullfor = fullforKnapp();
        @SuppressWarnings("unchecked")
        Map<String, Object> knapp = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) nettleser)
                .executeScript("var r = arguments[0].getBoundingClientRect(), v = arguments[1].getBoundingClientRect();"
                        + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                        + " h: window.innerHeight, w: window.innerWidth,"
                        + " overlapper: !(r.right <= v.left || r.left >= v.right || r.bottom <= v.top || r.top >= v.bottom),"
                        + " overst: document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2)"
                        + " === arguments[0]};", fullfor, varsel);
        assertThat(((Number) knapp.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) knapp.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) knapp.get("bottom")).doubleValue())
                .isLessThanOrEqualTo(((Number) knapp.get("h")).doubleValue());
        assertThat(((Number) knapp.get("right")).doubleValue())
                .isLessThanOrEqualTo(((Number) knapp.get("w")).doubleValue());
        assertThat(knapp.get("overlapper")).as("the notification covers the Complete button").isEqualTo(false);
        assertThat(knapp.get("overst")).as("the Complete button is on top at its centre").isEqualTo(true);

        // The notification can be closed.
        varsel.findElements(By.cssSelector(".close")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow().click();
        vent.until(ExpectedConditions.invisibilityOf(varsel));
        bilde("regelbrudd-lukket");
    }

    /** The demo's escalated case is in the team lead's filter «Eskalert til meg». */
    @Test
    void eskalertTilMegViserDemoensEskalerteOppgave() throws Exception {
        String ref = sykmeldinger.finn(no.oppfolgingsflyt.demo.DemoSaker.ESKALERT).orElseThrow().saksreferanse();
        // Tests run no job executor: fire the demo case's due timers as the demo's would.
        forlop.kjorTil(pid(ref), LocalDateTime.now());
        ClockUtil.reset();
        Task task = forlop.oppgave(pid(ref), "Task_VurderAktivitetskrav");
        assertThat(task.getPriority()).as("escalated").isEqualTo(80);
        nettleser.manage().deleteAllCookies();
        loggInn("teamleder0301");
        nettleser.get(base() + "/camunda/app/tasklist/default/#/?filter=" + filterId(Tilganger.FILTER_ESKALERT));
        new WebDriverWait(nettleser, Duration.ofSeconds(20)).until(n -> synlig().contains(ref));
        Thread.sleep(1000);
        bilde("eskalert-til-meg-teamleder0301");
        assertThat(synlig()).contains(Tilganger.FILTER_ESKALERT, "Vurder aktivitetskrav", ref);
    }

    String synlig() {
        return nettleser.findElement(By.tagName("body")).getText();
    }

    void loggInnFraStart(String bruker, String passord) {
        WebDriverWait vent = new WebDriverWait(nettleser, Duration.ofSeconds(30));
        WebElement navn = vent.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        navn.clear();
        navn.sendKeys(bruker);
        nettleser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(passord);
        nettleser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    WebElement fullforKnapp() {
        return nettleser.findElement(By.xpath("//button[normalize-space()='Fullfør']"));
    }

    void velg(String etikett) {
        WebElement e = new WebDriverWait(nettleser, Duration.ofSeconds(10)).until(ExpectedConditions
                .elementToBeClickable(By.xpath("//div[contains(@class,'fjs-container')]//label[starts-with("
                        + "normalize-space(.), '" + etikett + "')]")));
        ((org.openqa.selenium.JavascriptExecutor) nettleser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    void skriv(String etikett, String tekst) {
        WebElement e = nettleser.findElement(By.xpath("//div[contains(@class,'fjs-container')]//label[starts-with("
                + "normalize-space(.), '" + etikett + "')]"));
        WebElement inn = nettleser.findElement(By.id(e.getAttribute("for")));
        inn.clear();
        inn.sendKeys(tekst);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    String sak(String fom, int grad, boolean arbeidsgiver, boolean bekreft) {
        String tom = fom.startsWith("2025") ? "2025-12-31" : LocalDate.parse(fom).plusDays(120).toString();
        String ref = forlop.motta(sykmelding(Testdata.fnr(), fom, tom, grad, arbeidsgiver)).saksreferanse();
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
                "//*[(self::a or self::button) and contains(normalize-space(.), 'Ta oppgaven')]")));
        krav.click();
        vent.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        Thread.sleep(500);

        String side = nettleser.findElement(By.cssSelector(".fjs-container")).getText();
        assertThat(nettleser.getPageSource()).contains(tittel);
        assertThat(nettleser.findElement(By.cssSelector(".fjs-container h2")).getText())
                .as("the form's heading is the task's name").isEqualToIgnoringWhitespace(tittel);
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
        WebElement fullfor = fullforKnapp();
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
