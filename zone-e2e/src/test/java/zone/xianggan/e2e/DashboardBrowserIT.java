package zone.xianggan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import zone.xianggan.localstack.LocalZone;
import zone.xianggan.localstack.LocalZoneSettings;
import zone.xianggan.localstack.ServiceProcess;
import zone.xianggan.testsupport.ProjectRoot;
import zone.xianggan.testsupport.ZoneHttp;
import zone.xianggan.testsupport.ZoneIssuer;

/**
 * The dashboard as a person sees it, in the machine's Chromium, over the zone as {@code ./run-local.sh} runs it with
 * the synthetic sample loaded: what each page shows, in Chinese and English, and an open page changing as a value is
 * reported, without a reload. Each page's screenshot, both languages, desktop and phone, is written to
 * {@code zone-e2e/target/dashboard-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = ProjectRoot.path().resolve("zone-e2e/target/dashboard-screenshots");
    private static final String LIUYANG = "430181";
    private Path[] chromium;
    private LocalZoneSettings settings;
    private LocalZone zone;
    private ChromeDriver browser;

    @BeforeAll
    void startTheZoneWithTheSampleInABrowser() throws IOException {
        chromium = Chromium.installed().orElse(null);
        Assumptions.assumeTrue(chromium != null, "No Chromium and chromedriver on this machine (apt-get install "
                + "chromium chromium-driver, or ZONE_CHROMIUM and ZONE_CHROMEDRIVER): the dashboard's browser tests "
                + "are skipped.");
        settings = LocalZones.settings(LocalZones.dataDirFor(getClass()));
        zone = new LocalZone(settings).start();
        // The sample names the 24 units: indicators-service takes them once its replica of the registry holds them.
        await().atMost(Duration.ofSeconds(60)).until(() -> http(ServiceProcess.Kind.INDICATORS).as("zone-office")
                .get("/api/v1/counties?limit=1000").<List<String>>json("$[*].code").size() == 24);
        String csv = Files.readString(ProjectRoot.path().resolve("indicators-service/samples/synthetic-sample.csv"));
        ZoneHttp.Response imported = http(ServiceProcess.Kind.INDICATORS).as("zone-office/browser-test")
                .send(HttpMethod.POST, "/api/v1/values/import", MediaType.parseMediaType("text/csv"), csv);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        browser = Chromium.start(chromium, Chromium.DESKTOP);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
            printANewcomersFirstVisit();
        }
        if (zone != null) {
            zone.close();
        }
    }

    @Test
    @Order(1)
    void theZonePageShowsTheTwentyFourUnitsEachWithItsValue() {
        open("#zone");

        List<List<String>> rows = awaitRows("zone-table", 24);
        assertThat(rows).extracting(row -> row.get(1)).doesNotHaveDuplicates().contains(LIUYANG, "360881");
        assertThat(rows).extracting(row -> row.get(2)).as("every unit reported GDP in the sample")
                .noneMatch(value -> value.equals("未报送")).allMatch(value -> value.endsWith("亿"));
        assertThat(browser.findElement(By.cssSelector("#zone-map canvas")).isDisplayed()).isTrue();
        await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(browser.findElements(
                By.cssSelector("#zone-figures dl dd"))).as("the zone's own figure, first").first()
                .extracting(WebElement::getText).asString().endsWith("亿 元"));
        assertThat(browser.findElement(By.id("zone-status")).getText()).isEmpty();
        printFirstView(browser, "its first request, on the zone just started");
    }

    @Test
    @Order(2)
    void everyGoalShowsAStatusComputedFromTheDataWhereANumberIsAdopted() {
        ZoneHttp office = http(ServiceProcess.Kind.INDICATORS).as("zone-office/browser-test");
        ZoneHttp.Response read = office.get("/api/v1/targets/2035-happy-life");
        ZoneHttp.Response quantified = office.put("/api/v1/targets/2035-happy-life/value", """
                {"targetValue": 90000, "targetSource": "Browser test, not a plan figure", "reason": "browser test"}""",
                "If-Match", read.etag());
        assertThat(quantified.status()).as(quantified.toString()).isEqualTo(200);

        open("#goals");

        List<WebElement> rows = awaitElements("#goals-table tbody tr:not(.comparison)", 15);
        for (WebElement row : rows) {
            assertThat(row.findElements(By.cssSelector("span.status"))).as(row.getText()).hasSize(1);
        }
        WebElement happyLife = browser.findElement(By.cssSelector("#goals-table tr[data-target='2035-happy-life']"));
        assertThat(happyLife.findElement(By.cssSelector("span.status")).getAttribute("data-status"))
                .isIn("TARGET_ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "MOVING_AWAY");
        assertThat(rows).filteredOn(row -> !"2035-happy-life".equals(row.getAttribute("data-target")))
                .allMatch(row -> row.getText().contains("未设定目标数值"));
        assertThat(browser.findElement(By.cssSelector("#goals-table tr[data-target='2025-urbanization:comparison']"))
                .getText()).as("the comparative goal in its numbers").contains("城镇化率比较", "个百分点");
    }

    @Test
    @Order(3)
    void aValueReportedThroughTheApiChangesTheOpenPageWithoutAReload() {
        open("#zone");
        awaitRows("zone-table", 24);
        browser.executeScript("window.openedOnce = true;");
        String period = browser.findElement(By.id("zone-period")).getAttribute("value");

        ZoneHttp.Response reported = http(ServiceProcess.Kind.INDICATORS).as("liuyang/browser-test").post(
                "/api/v1/values", """
                {"countyCode":"%s","indicatorCode":"GDP","period":"%s","value":123450000000,
                 "reason":"browser test: a revised figure"}""".formatted(LIUYANG, period));
        assertThat(reported.status()).as(reported.toString()).isIn(200, 201);

        await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(rowOf("zone-table", LIUYANG).get(2))
                .isEqualTo("1234.5亿"));
        assertThat(browser.executeScript("return window.openedOnce === true;")).as("the page was not reloaded")
                .isEqualTo(true);
    }

    @Test
    @Order(4)
    void theIndicatorsPageShowsEachOfItsThreeViewsOfTheValues() {
        open("#indicators");

        List<List<String>> series = awaitRows("ind-series-table", 7);
        assertThat(series).extracting(List::getFirst).containsExactly("2018", "2019", "2020", "2021", "2022", "2023",
                "2024");
        assertThat(series.getLast().get(1)).as("Liuyang's GDP in 2024, as revised").isEqualTo("1234.5亿");
        assertThat(awaitRows("ind-ranking-table", 24)).extracting(List::getFirst).startsWith("1", "2", "3");
        awaitRows("ind-completeness", 24);
        assertThat(browser.findElements(By.cssSelector("#ind-completeness td[data-state='revised']")))
                .as("the value revised through the API").isNotEmpty();
    }

    @Test
    @Order(5)
    void theProjectsPageFollowsAProjectFromItsDecisionsToItsOutcome() {
        ZoneHttp.Response proposed = http(ServiceProcess.Kind.COOPERATION).as("liuyang/browser-test")
                .post("/api/v1/projects", Proposals.LIUYANG_SHANGLI_BUS);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String project = proposed.json("$.id");
        approve(project, "430000", "hunan-drc");
        approve(project, "360000", "jiangxi-drc");

        open("#projects");
        // The approvals' events make the open page read its projects again: what it shows may be redrawn meanwhile.
        await().atMost(PAGE_WAIT).ignoreException(StaleElementReferenceException.class).until(() -> browser
                .findElements(By.cssSelector("#proj-select option")).stream()
                .anyMatch(option -> project.equals(option.getAttribute("value"))));
        await().atMost(PAGE_WAIT).ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
            Select projects = new Select(browser.findElement(By.id("proj-select")));
            if (!project.equals(projects.getFirstSelectedOption().getAttribute("value"))) {
                projects.selectByValue(project);
            }
            assertThat(browser.findElement(By.id("proj-detail")).getText())
                    .contains(project, "已批准", "湖南部分", "江西部分", "First bus", "通客车建制村数");
        });
        List<String> outcome = await().atMost(PAGE_WAIT).ignoreException(StaleElementReferenceException.class)
                .until(() -> browser.findElements(By.cssSelector("#proj-detail section:nth-of-type(3) tbody td"))
                        .stream().map(cell -> cell.getAttribute("textContent")).toList(), cells -> cells.size() == 5);
        assertThat(outcome).as("indicator, baseline, latest, target, progress").hasSize(5);
        assertThat(outcome.get(1)).isEqualTo("100 (2024)");
        assertThat(outcome.get(3)).isEqualTo("140 (2027)");
        assertThat(outcome.get(2)).as("the units' latest figures").matches("[0-9.,万亿]+ \\(20\\d\\d\\)");
        assertThat(outcome.get(4)).endsWith("%");
    }

    @Test
    @Order(6)
    void theLivePageListsTheZonesEventsAsTheyCame() {
        open("#live");

        await().atMost(PAGE_WAIT).untilAsserted(() -> assertThat(browser.findElements(
                By.cssSelector("#live-events li[data-type='zone.indicators.value.revised.v1']"))).isNotEmpty());
    }

    @Test
    @Order(6)
    void theLivePagesStatusFollowsTheLanguage() {
        open("#live");
        setLanguage("zh");
        await().atMost(PAGE_WAIT).until(() -> browser.findElement(By.id("live-status")).getText()
                .equals("已连接，新事件将即时显示"));

        setLanguage("en");

        assertThat(browser.findElement(By.id("live-status")).getText())
                .isEqualTo("Connected: new events show as they come");
        setLanguage("zh");
    }

    @Test
    @Order(7)
    void everyPageIsWrittenAsAScreenshotForEachLanguageOnEachScreen() {
        forEachPageView((page, language, size) -> {
            Path shot = SCREENSHOTS.resolve(page + "-" + language + "-"
                    + (size.equals(Chromium.PHONE) ? "phone" : "desktop") + ".png");
            try {
                Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
                assertThat(Files.size(shot)).as(shot.toString()).isPositive();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(8)
    void everyPageIsReachedFromTheKeyboard() {
        browser.manage().window().setSize(Chromium.DESKTOP);
        browser.get("about:blank"); // a page opened afresh, with nothing focused yet
        open("#zone");
        awaitLoaded("zone");
        printFirstView(browser, "opened again, the zone's services warm");
        List<String> focused = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement element = browser.switchTo().activeElement();
            focused.add(element.getTagName() + ":" + (element.getAttribute("href") == null ? element.getAttribute("id")
                    : element.getAttribute("href").replaceAll(".*#", "#")));
        }
        assertThat(focused).as("the order of the Tab key").startsWith("a:#main", "button:language", "a:#zone",
                "a:#goals", "a:#indicators", "a:#projects", "a:#live");

        browser.switchTo().activeElement().sendKeys(Keys.SHIFT, Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        await().atMost(PAGE_WAIT).until(() -> browser.findElement(By.id("live-page")).isDisplayed());
    }

    @Test
    @Order(9)
    void everyPageMeetsWcag21LevelAaAsAxeChecksIt() {
        List<String> violations = new ArrayList<>();
        forEachPageView((page, language, size) -> {
            String where = page + " (" + language + ", " + size.getWidth() + "×" + size.getHeight() + ")";
            Axe.violations(browser).forEach(violation -> violations.add(where + ": " + violation));
        });

        assertThat(violations).as("WCAG 2.1 A and AA, as axe-core checks it").isEmpty();
    }

    /** Every page, loaded, in each language, on a desktop and on a phone; the desktop in Chinese again after. */
    private void forEachPageView(PageView view) {
        for (Dimension size : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            browser.manage().window().setSize(size);
            for (String language : List.of("zh", "en")) {
                for (String page : List.of("zone", "goals", "indicators", "projects", "live")) {
                    open("#" + page);
                    setLanguage(language);
                    awaitLoaded(page);
                    view.check(page, language, size);
                }
            }
        }
        browser.manage().window().setSize(Chromium.DESKTOP);
        setLanguage("zh");
    }

    @FunctionalInterface
    private interface PageView {
        void check(String page, String language, Dimension size);
    }

    /**
     * A newcomer's first visit, once the zone has run a while as people use it (its processes' compilers no longer
     * busy with their start): a browser of its own, nothing of the page in its caches, and no other browser beside it
     * on the machine's two cores.
     */
    private void printANewcomersFirstVisit() {
        ChromeDriver newcomer = Chromium.start(chromium, Chromium.DESKTOP);
        try {
            newcomer.get(zone.service(ServiceProcess.Kind.DASHBOARD).baseUrl() + "/#zone");
            printFirstView(newcomer, "another browser's first visit, nothing of the page in its caches");
        } finally {
            newcomer.quit();
        }
    }

    /** Measured, not asserted: timing targets belong to the benchmark. */
    private static void printFirstView(ChromeDriver browser, String when) {
        String firstView = "return performance.getEntriesByName('zone-dashboard:first-view').map(m => m.startTime);";
        await().atMost(PAGE_WAIT).until(() -> !((List<?>) browser.executeScript(firstView)).isEmpty());
        System.out.printf("dashboard: the zone page's first view with data %.0f ms after its request (%s)%n",
                ((Number) ((List<?>) browser.executeScript(firstView)).getFirst()).doubleValue(), when);
        // Where the time went: the page's own request and its slowest reads, each from its start to its end.
        String slowest = "return [...performance.getEntriesByType('navigation'), ...performance"
                + ".getEntriesByType('resource')].sort((a, b) => b.duration - a.duration).slice(0, 6)"
                + ".map(e => `${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}+${Math.round("
                + "e.duration)} ms`);";
        ((List<?>) browser.executeScript(slowest)).forEach(entry -> System.out.println("dashboard:   " + entry));
    }

    private void open(String page) {
        browser.get(zone.service(ServiceProcess.Kind.DASHBOARD).baseUrl() + "/" + page);
    }

    private void setLanguage(String language) {
        String current = (String) browser.executeScript("return document.documentElement.lang;");
        if (!current.startsWith(language)) {
            browser.findElement(By.id("language")).click();
        }
    }

    private void awaitLoaded(String page) {
        await().atMost(PAGE_WAIT).until(() -> {
            String status = browser.findElement(By.id(page + "-status")).getText();
            return !status.equals("正在加载…") && !status.equals("Loading…");
        });
    }

    private List<List<String>> awaitRows(String table, int count) {
        await().atMost(PAGE_WAIT).until(() -> rows(table).size() == count);
        return rows(table);
    }

    private List<WebElement> awaitElements(String selector, int atLeast) {
        await().atMost(PAGE_WAIT).until(() -> browser.findElements(By.cssSelector(selector)).size() >= atLeast);
        return browser.findElements(By.cssSelector(selector));
    }

    /** The table's cells as the page holds them now, read in one go: a page redrawing never shows half a table. */
    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String table) {
        return (List<List<String>>) browser.executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .map(row => [...row.cells].map(cell => cell.textContent));""", "#" + table + " tbody tr");
    }

    private List<String> rowOf(String table, String code) {
        return rows(table).stream().filter(row -> row.get(1).equals(code)).findFirst().orElseThrow();
    }

    private void approve(String project, String province, String drc) {
        ZoneHttp.Response decided = http(ServiceProcess.Kind.COOPERATION).as(drc + "/browser-test").post(
                "/api/v1/projects/" + project + "/approvals", """
                {"province":"%s","decision":"APPROVE"}""".formatted(province));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }

    private ZoneHttp http(ServiceProcess.Kind kind) {
        return ZoneHttp.at(zone.service(kind).baseUrl(), ZoneIssuer.attach(settings.issuer(),
                settings.credentialsFile()));
    }
}
