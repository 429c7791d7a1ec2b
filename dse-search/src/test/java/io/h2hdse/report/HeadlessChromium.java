package io.h2hdse.report;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Debian's chromium driven through its chromedriver, both found on the PATH (never downloaded), for the
 * report's browser test and its speed measurement.
 */
final class HeadlessChromium {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");
    /** Selenium warns that it has no DevTools bindings for this Chromium; both users speak WebDriver only. Held so the level sticks. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static final String MISSING =
            "no Chromium here: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)";

    private HeadlessChromium() {}

    /** Whether both the browser and its driver are on the PATH. */
    static boolean available() {
        return onPath(BROWSERS).isPresent() && onPath(DRIVERS).isPresent();
    }

    /** A new headless browser with a window of the given size, keeping the console's messages for the test to read. */
    static ChromeDriver start(int width, int height) {
        CDP_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(onPath(BROWSERS)
                .orElseThrow(() -> new IllegalStateException(MISSING))
                .toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(onPath(DRIVERS)
                                .orElseThrow(() -> new IllegalStateException(MISSING))
                                .toFile())
                        .build(),
                options);
    }

    private static Optional<Path> onPath(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .map(Path::of)
                .flatMap(dir -> names.stream().map(dir::resolve))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
