package zone.xianggan.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}, or
 * {@code ZONE_CHROMIUM} and {@code ZONE_CHROMEDRIVER}), headless: nothing is downloaded, as nothing can be on the
 * zone's networks. Where there is none, the browser tests are skipped with one line, as the container tests are.
 */
final class Chromium {

    static final Dimension DESKTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Chromium (156 here) builds its address bar's suggestion popup as web pages of its own as it starts, some
     * 300 files that a headless browser never shows: on two cores that took 0.5 s from the page under test and made
     * the first-visit figure the browser's start-up rather than the page's. A person's browser has long done it.
     */
    private static final String WITHOUT_ITS_ADDRESS_BAR_POPUP =
            "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup";

    private Chromium() {
    }

    /** The browser and its driver, if this machine has both. */
    static Optional<Path[]> installed() {
        Path browser = Path.of(System.getenv().getOrDefault("ZONE_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("ZONE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        return Files.isExecutable(browser) && Files.isExecutable(driver) ? Optional.of(new Path[] { browser, driver })
                : Optional.empty();
    }

    static ChromeDriver start(Path[] installed, Dimension size) {
        ChromeOptions options = new ChromeOptions().setBinary(installed[0].toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", "--disable-dev-shm-usage", "--lang=zh-CN", WITHOUT_ITS_ADDRESS_BAR_POPUP,
                        "--window-size=" + size.getWidth() + "," + size.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(installed[1].toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }
}
