package nl.beraad.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One phone in a browser test: Debian's headless Chromium driven by its own chromedriver (both from
 * the PATH, installed by scripts/test; without them the test is skipped, and under CI it fails: see
 * {@link Tool}). The viewport is a small phone's, 390 x 844 CSS pixels at device scale 1, emulated as
 * a mobile device (so a page without a viewport meta tag is shown zoomed out, as on a real phone).
 * Each Browser has its own profile and so its own cookies: two Browsers are two phones.
 *
 * <p>Starting Chromium takes about a second, so a test class should start its phones once
 * ({@code @BeforeAll}) and {@link #forget()} between tests, and must {@link #close()} them
 * ({@code @AfterAll}); close also ends any Chromium process left behind. Nothing is fetched from the
 * internet: axe-core comes from a test jar, and Selenium Manager is never run.
 *
 * <p>Elements are found as a person finds them: by the visible text (or aria-label) of a button or
 * link, by the text of a field's label. A failed or ambiguous lookup fails the test and lists what the
 * page does offer. Typical use:
 *
 * <pre>{@code
 * static Browser phone;
 * @BeforeAll static void start() { phone = Browser.phone(); }
 * @AfterAll static void stop() { phone.close(); }
 * @BeforeEach void newPhone() { phone.forget(); }
 *
 * phone.open(address).fill("Code", "K7Q2").submit().click("Anouk de Vries").submit();
 * assertTrue(phone.text().contains("Vastgelegd"));
 * assertEquals(List.of(), phone.axe());
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    /** The viewport of a small phone, in CSS pixels. */
    public static final int WIDTH = 390;
    public static final int HEIGHT = 844;

    /** The WCAG levels the phone page must meet (issue 12: WCAG 2.1 AA); axe's best practices are not rules. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(15);
    private static final Duration SCRIPT = Duration.ofSeconds(30);
    private static final Duration QUIT = Duration.ofSeconds(10);
    // A command that hangs fails the test after this rather than after Selenium's default three minutes.
    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final List<Browser> OPEN = new CopyOnWriteArrayList<>();

    // Selenium warns once per driver that it has no CDP classes for this Chromium; Browser uses none.
    private static final Logger CDP_WARNING = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_WARNING.setLevel(Level.SEVERE);
        // A forgotten close() must still not leave Chromium running after the test JVM ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(Browser::close)));
    }

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final boolean javaScript;
    private final Path profile;
    private WebElement lastField;

    private Browser(ChromeDriverService service, ChromeDriver driver, boolean javaScript, Path profile) {
        this.service = service;
        this.driver = driver;
        this.javaScript = javaScript;
        this.profile = profile;
    }

    /** A phone with JavaScript on, as most phones are. */
    public static Browser phone() {
        return start(true);
    }

    /**
     * A phone with JavaScript off: the page's own scripts do not run (the test's probes still do). It
     * clicks with the keyboard (Enter on a button or link, Space on a radio button or checkbox), because
     * chromedriver's mouse click never returns on a page without JavaScript.
     */
    public static Browser phoneWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        String why = "the browser tests of the phone page cannot run: install Debian's chromium and "
                + "chromium-driver (scripts/test does so when it can)";
        Path chromedriver = Tool.require("chromedriver", why);
        Path chromium = Tool.require("chromium", why);
        Path profile;
        try {
            profile = Files.createTempDirectory("beraad-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
                "--force-device-scale-factor=1", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-default-apps",
                // Nothing but the page under test goes over the network: no updates, reports or lookups.
                "--disable-background-networking", "--disable-component-update", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--no-pings", "--metrics-recording-only",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium refuses to run as root inside its sandbox
        }
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "nl-NL,nl");
        if (!javaScript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(COMMAND));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(SCRIPT).implicitlyWait(Duration.ZERO);
        Browser browser = new Browser(service, driver, javaScript, profile);
        OPEN.add(browser);
        return browser;
    }

    /** Opens the address and waits until the page has loaded. */
    public Browser open(String url) {
        driver.get(url);
        lastField = null;
        return this;
    }

    /** Opens the address and waits until the page has loaded. */
    public Browser open(URI url) {
        return open(url.toString());
    }

    /** Reloads the page (a GET again; the cookies stay). */
    public Browser reload() {
        driver.navigate().refresh();
        lastField = null;
        return this;
    }

    /** The address now shown. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /** The page's title. */
    public String title() {
        return driver.getTitle();
    }

    /** The text a person sees on the page, as rendered (hidden elements left out, white space as shown). */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's HTML as the browser now holds it. */
    public String html() {
        return driver.getPageSource();
    }

    /**
     * Clicks the one visible button, link, summary or label whose text (a button input's value) or
     * aria-label is exactly this, white space normalised. A label's click picks its radio button or ticks its checkbox. A link
     * or a submit button of a valid form is followed: this returns when the next page has loaded.
     */
    public Browser click(String text) {
        follow(find("click", text, "button, link or label"));
        lastField = null;
        return this;
    }

    /** Activates the element and, when that leaves the page, waits until the next one has loaded. */
    private void follow(WebElement element) {
        String what = element.getText();
        WebElement page = Boolean.TRUE.equals(driver.executeScript(LEAVES_PAGE, element))
                ? driver.findElement(By.tagName("html")) : null;
        activate(element);
        if (page == null) {
            return;
        }
        // chromedriver does not always wait for a navigation that starts just after its click returns.
        try {
            new WebDriverWait(driver, PAGE_LOAD, Duration.ofMillis(20)).ignoring(WebDriverException.class)
                    .until(d -> gone(page) && "complete".equals(driver.executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            fail("\"" + what + "\" did not lead to a new page within " + PAGE_LOAD.toSeconds() + " s; the page shows:\n"
                    + text());
        }
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    /** A click, or without JavaScript the keys that do the same (see {@link #phoneWithoutJavaScript()}). */
    private void activate(WebElement element) {
        if (javaScript) {
            element.click();
            return;
        }
        WebElement target = "label".equals(element.getTagName())
                ? (WebElement) driver.executeScript("return arguments[0].control", element) : element;
        if (target == null) {
            fail("The label \"" + element.getText() + "\" belongs to no field");
        }
        String type = String.valueOf(target.getDomAttribute("type"));
        if ("input".equals(target.getTagName()) && (type.equals("radio") || type.equals("checkbox"))) {
            target.sendKeys(Keys.SPACE);
        } else if ("label".equals(element.getTagName())) {
            driver.executeScript("arguments[0].focus()", target); // a label's click on a text field only focuses it
        } else {
            target.sendKeys(Keys.ENTER);
        }
    }

    /**
     * Types the value into the one field whose label's text (the label's own field left out) or
     * aria-label is exactly this, white space normalised, after emptying it; a select gets the option
     * with that text.
     */
    public Browser fill(String label, String value) {
        WebElement field = field(label);
        if ("select".equals(field.getTagName())) {
            new Select(field).selectByVisibleText(value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
        lastField = field;
        return this;
    }

    /** The current value of the field with this label. */
    public String value(String label) {
        return field(label).getDomProperty("value");
    }

    /** Whether the radio button or checkbox with this label is chosen. */
    public boolean isChecked(String label) {
        return field(label).isSelected();
    }

    /**
     * Submits the form of the field filled last (or the page's only form) as a person would: by its first
     * submit button, the one Enter presses; returns when the next page has loaded.
     */
    public Browser submit() {
        WebElement form = lastFieldForm();
        List<WebElement> buttons = form.findElements(By.cssSelector("button:not([type]), button[type=submit], input[type=submit]"));
        if (buttons.isEmpty()) {
            fail("The form has no submit button: " + form.getDomProperty("outerHTML"));
        }
        follow(buttons.get(0));
        lastField = null;
        return this;
    }

    private WebElement lastFieldForm() {
        if (lastField != null) {
            try {
                WebElement form = (WebElement) driver.executeScript("return arguments[0].form", lastField);
                if (form != null) {
                    return form;
                }
            } catch (StaleElementReferenceException e) {
                // The page changed since the field was filled; fall back to the page's only form.
            }
        }
        List<WebElement> forms = driver.findElements(By.tagName("form"));
        if (forms.size() != 1) {
            fail("submit() needs a filled field or exactly one form; this page has " + forms.size() + " forms:\n" + text());
        }
        return forms.get(0);
    }

    /** Waits until the page's visible text contains this, and tells how long that took. */
    public Duration waitForText(String expected, Duration within) {
        long start = System.nanoTime();
        try {
            new WebDriverWait(driver, within, Duration.ofMillis(20)).until(d -> text().contains(expected));
        } catch (TimeoutException e) {
            fail("\"" + expected + "\" did not appear within " + within.toMillis() + " ms; the page shows:\n" + text());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The cookies this phone holds for the page now open (to check HttpOnly, SameSite and the like). */
    public Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    /** Becomes a new phone: every cookie of every site is dropped and the page is left (about:blank). */
    public Browser forget() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
        lastField = null;
        return this;
    }

    /**
     * Every address the page came from and loaded (its scripts, styles, pictures, fonts), to check that
     * nothing came from elsewhere. The page's own address is first.
     */
    @SuppressWarnings("unchecked")
    public List<String> resources() {
        return (List<String>) driver.executeScript(
                "return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]");
    }

    /**
     * The browser console's errors since the last call (or the start): a script the Content-Security-Policy
     * refused, a resource that failed to load, a script that threw.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /**
     * The visible controls (links, buttons, fields, summaries) narrower or lower than this many CSS
     * pixels, each as e.g. {@code input[radio] "Eens" (13 x 13)}. A radio button's or checkbox's label
     * counts as its target, since a tap on the label picks it.
     */
    @SuppressWarnings("unchecked")
    public List<String> targetsSmallerThan(int cssPixels) {
        return (List<String>) driver.executeScript(SMALL_TARGETS, cssPixels);
    }

    /**
     * The WCAG 2.1 A and AA violations that axe-core finds on the page now shown whose impact is serious
     * or critical (an empty list: none). Moderate and minor findings are left out, as issue 12 asks.
     */
    public List<Violation> axe() {
        if (!javaScript) {
            // Without JavaScript the page's timers never fire, and axe-core waits on them between its rules;
            // run them as microtasks instead (the page's own scripts are off, so nothing else is affected).
            driver.executeScript(TIMERS_AS_MICROTASKS);
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core did not finish: " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::violation).toList();
    }

    private static Violation violation(Rule rule) {
        return new Violation(rule.getId(), rule.getImpact(), rule.getHelp(),
                rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
    }

    /** One axe-core rule that the page breaks: its id (e.g. "label"), impact, what it asks and the elements (CSS selectors). */
    public record Violation(String rule, String impact, String help, List<String> elements) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " " + elements;
        }
    }

    /** Saves what the phone's screen shows now (the viewport, 390 x 844) as a PNG; returns the file. */
    public Path screenshot(Path png) {
        try {
            Path folder = png.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            return Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page (a test probe; it runs even when the page's own JavaScript is off). */
    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** The Selenium driver, for what the helpers here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Ends Chromium and its driver, and any Chromium process of this phone's profile still running; idempotent. */
    @Override
    public void close() {
        if (!OPEN.remove(this)) {
            return;
        }
        try {
            driver.quit();
        } finally {
            service.stop(); // ends chromedriver even when quit failed (a hung browser)
            endLeftovers();
            deleteProfile();
        }
    }

    private void endLeftovers() {
        List<ProcessHandle> left = leftovers();
        left.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + QUIT.toNanos();
        while (!leftovers().isEmpty() && System.nanoTime() < deadline) {
            left.forEach(ProcessHandle::destroyForcibly);
            sleep();
        }
        assertTrue(leftovers().isEmpty(), "Chromium processes of " + profile + " are still running");
    }

    private List<ProcessHandle> leftovers() {
        String marker = "--user-data-dir=" + profile;
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deleteProfile() {
        try {
            Folders.delete(profile);
        } catch (IOException e) {
            // Chromium may still be writing its last files; a leftover temporary folder harms nothing.
        }
    }

    private WebElement field(String label) {
        return find("field", label, "field labelled");
    }

    /** The one element of the kind ("click": clickable, "field": labelled field) whose text is exactly this. */
    private WebElement find(String kind, String text, String what) {
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> found = (Map<String, List<Object>>) driver.executeScript(FIND, kind, text);
        List<Object> matches = found.get("matches");
        if (matches.size() != 1) {
            fail((matches.isEmpty() ? "No " : matches.size() + " ") + what + " \"" + text + "\" on " + url()
                    + "; the page offers " + found.get("offered"));
        }
        return (WebElement) matches.get(0);
    }

    private static final String TIMERS_AS_MICROTASKS = """
            let last = 0;
            const cancelled = new Set();
            window.setTimeout = (f, ms, ...args) => {
              const id = ++last;
              Promise.resolve().then(() => { if (!cancelled.has(id)) { f(...args); } });
              return id;
            };
            window.clearTimeout = id => cancelled.add(id);
            """;

    // A link away from this page, or a submit button of a form the browser will send (one that passes its checks).
    private static final String LEAVES_PAGE = """
            const e = arguments[0];
            if (e.matches('a[href]')) {
              return !e.getAttribute('href').startsWith('#');
            }
            return !!e.form && e.type === 'submit' && (e.formNoValidate || e.form.noValidate || e.form.checkValidity());
            """;

    // What the page scripts below share: white space as shown, and whether an element is shown at all.
    private static final String SHARED = """
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            """;

    private static final String SMALL_TARGETS = SHARED + """
            const min = arguments[0];
            const small = [];
            for (const e of document.querySelectorAll(
                'a[href], button, input:not([type=hidden]), select, textarea, summary')) {
              if (!visible(e)) {
                continue;
              }
              let box = e.getBoundingClientRect();
              if ((e.type === 'radio' || e.type === 'checkbox') && e.labels) {
                for (const l of e.labels) {
                  const b = l.getBoundingClientRect();
                  if (b.width * b.height > box.width * box.height) { box = b; }
                }
              }
              if (box.width < min || box.height < min) {
                const name = (e.labels && e.labels.length ? e.labels[0].textContent : '')
                    || e.getAttribute('aria-label') || (e.tagName === 'INPUT' ? e.value : e.innerText);
                small.push(e.tagName.toLowerCase() + (e.tagName === 'INPUT' ? '[' + e.type + ']' : '')
                    + ' "' + norm(name) + '" (' + Math.round(box.width) + ' x ' + Math.round(box.height) + ')');
              }
            }
            return small;
            """;

    // One round trip per lookup; a label's text leaves out its own field (a select's options, say).
    private static final String FIND = SHARED + """
            const [kind, wanted] = arguments;
            const candidates = [];
            const add = (e, name) => { if (norm(name)) { candidates.push([e, norm(name)]); } };
            if (kind === 'click') {
              for (const e of document.querySelectorAll(
                  'a[href], button, input[type=submit], input[type=button], input[type=reset], summary, label')) {
                if (visible(e)) {
                  add(e, e.tagName === 'INPUT' ? e.value : e.innerText);
                  add(e, e.getAttribute('aria-label'));
                }
              }
            } else {
              for (const l of document.querySelectorAll('label')) {
                if (l.control) {
                  const copy = l.cloneNode(true);
                  copy.querySelectorAll('input, select, textarea, button').forEach(x => x.remove());
                  add(l.control, copy.textContent);
                }
              }
              document.querySelectorAll('input[aria-label], select[aria-label], textarea[aria-label]')
                .forEach(e => add(e, e.getAttribute('aria-label')));
            }
            return {matches: [...new Set(candidates.filter(c => c[1] === wanted).map(c => c[0]))],
                    offered: candidates.map(c => c[1])};
            """;
}
