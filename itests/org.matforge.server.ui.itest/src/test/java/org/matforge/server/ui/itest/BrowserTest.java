package org.matforge.server.ui.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The web UI in headless Chromium against the real server: redirect to the UI, sign in with the token, pick the shipped
 * wide-gap example (cut to test size), see a validation error at its JSON path, submit, watch the run finish with live
 * progress, then check its page — plots drawn (pixels in the screenshot), sortable candidates, downloads, the report
 * with its SVG plots — and the runs list. Screenshots are kept in {@code target/} (CI keeps them as artefacts).
 */
@ExtendWith(LiveServer.class)
class BrowserTest {
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Duration RUN = Duration.ofMinutes(10);
    private WebDriver driver;
    private JavascriptExecutor js;

    @Test
    void signInSubmitTheExampleWatchItFinishAndReadItsReport(ServerProcess server) throws Exception {
        String missing = Browser.missing();
        Assumptions.assumeTrue(missing == null, missing);
        driver = Browser.start(Path.of("target/chromium-profile").toAbsolutePath());
        js = (JavascriptExecutor) driver;
        try {
            signIn(server);
            String runId = submit();
            watchUntilFinished(runId);
            checkRunPage();
            checkRunsList(runId);
        } catch (AssertionError | RuntimeException e) {
            shot("ui-failure.png");
            throw new AssertionError(e.getMessage() + "\n--- page text\n" + text() + server.logTail(), e);
        } finally {
            driver.quit();
        }
    }

    @Test
    void anAdminDropsInAPluginJarAndItsFeaturizerIsListed(ServerProcess server) throws Exception {
        String missing = Browser.missing();
        Assumptions.assumeTrue(missing == null, missing);
        Path jar;
        try (var found = Files.list(ServerProcess.ROOT.resolve("itests/org.matforge.itest.plugin/target"))) {
            jar = found.filter(f -> f.getFileName().toString().matches("org\\.matforge\\.itest\\.plugin-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("the test plug-in jar is built before this module"));
        }
        driver = Browser.start(Path.of("target/chromium-profile-admin").toAbsolutePath());
        js = (JavascriptExecutor) driver;
        try {
            signIn(server);
            driver.findElement(By.cssSelector("#nav a[data-page=admin]")).click();
            Browser.await(() -> driver.findElement(By.id("drop")), PAGE, "the admin page shows its drop zone")
                    .findElement(By.id("jar")).sendKeys(jar.toString());
            Browser.await(() -> driver.findElement(By.id("upload-result")).getText().endsWith("installed")
                    || driver.findElement(By.id("upload-result")).getText().endsWith("updated"), PAGE, "the jar is uploaded");
            Browser.await(() -> driver.findElement(By.id("bundles")).getText().contains(jar.getFileName().toString()), PAGE, "the jar is listed");
            Browser.await(() -> {
                js.executeScript("location.hash = location.hash === '#/plugins' ? '#/plugins/' : '#/plugins'"); // reloads the page's data
                return driver.findElements(By.cssSelector("table.plugins code")).stream().anyMatch(c -> c.getText().equals("element-count"));
            }, Duration.ofSeconds(60), "the uploaded plug-in's featurizer 'element-count' is listed on the plug-ins page");
            shot("ui-plugins.png");
        } catch (AssertionError | RuntimeException e) {
            shot("ui-admin-failure.png");
            throw new AssertionError(e.getMessage() + "\n--- page text\n" + text() + server.logTail(), e);
        } finally {
            driver.quit();
        }
    }

    private void signIn(ServerProcess server) throws Exception {
        driver.get(server.base().toString());
        Browser.await(() -> driver.getCurrentUrl().contains("/ui/index.html#/signin"), PAGE, "/ redirects to the UI's sign-in page, now " + driver.getCurrentUrl());
        driver.findElement(By.id("token")).sendKeys("not-a-token");
        driver.findElement(By.id("signin")).click();
        Browser.await(() -> driver.findElement(By.id("signin-error")).getText().contains("not valid"), PAGE, "a wrong token is refused with a message");
        WebElement token = driver.findElement(By.id("token"));
        token.clear();
        token.sendKeys(server.token());
        driver.findElement(By.id("signin")).click();
        Browser.await(() -> driver.findElement(By.id("runs")).isDisplayed(), PAGE, "signed in, the runs page shows");
        assertTrue(driver.findElement(By.id("who")).getText().contains("submit"), driver.findElement(By.id("who")).getText());
    }

    private String submit() throws Exception {
        driver.findElement(By.cssSelector("#nav a[data-page=submit]")).click();
        WebElement option = Browser.await(() -> driver.findElement(By.xpath("//select[@id='example']/option[starts-with(., '" + SmallWorkflow.EXAMPLE + "')]")),
                PAGE, "the shipped examples are offered");
        option.click();
        WebElement text = driver.findElement(By.id("workflow"));
        String picked = Browser.await(() -> { String v = text.getAttribute("value"); return v.isEmpty() ? null : v; }, PAGE, "the example fills the editor");
        JsonObject small = SmallWorkflow.of(JsonParser.parseString(picked).getAsJsonObject());

        JsonObject misspelt = small.deepCopy();
        JsonArray featurizers = misspelt.getAsJsonArray("steps").get(2).getAsJsonObject().getAsJsonArray("featurizers");
        featurizers.set(0, new com.google.gson.JsonPrimitive("magpei"));
        js.executeScript("arguments[0].value = arguments[1]", text, misspelt.toString());
        driver.findElement(By.id("validate")).click();
        WebElement problems = Browser.await(() -> driver.findElement(By.id("problems")), PAGE, "validation problems are listed");
        assertTrue(problems.findElements(By.className("path")).stream().anyMatch(p -> p.getText().startsWith("steps[2].featurizers")), problems.getText());
        assertTrue(problems.getText().contains("magpei"), problems.getText());
        assertTrue(driver.findElement(By.cssSelector("li.has-problem")).getText().startsWith("steps[2]"), "the problem is shown beside its step");

        js.executeScript("arguments[0].value = arguments[1]", text, small.toString());
        driver.findElement(By.id("validate")).click();
        Browser.await(() -> driver.findElement(By.id("validation")).getText().startsWith("Valid"), PAGE, "the cut example is valid");
        driver.findElement(By.id("submit")).click();
        String url = Browser.await(() -> driver.getCurrentUrl().contains("#/run/") ? driver.getCurrentUrl() : null, PAGE, "submitting opens the run's page");
        return url.substring(url.indexOf("#/run/") + "#/run/".length());
    }

    private void watchUntilFinished(String runId) throws Exception {
        List<String> progress = new ArrayList<>();
        Browser.await(() -> {
            String now = driver.findElement(By.id("run-status")).getText();
            String pct = driver.findElement(By.cssSelector(".card > .bar.wide")).getAttribute("aria-valuenow");
            if (progress.isEmpty() || !progress.get(progress.size() - 1).equals(now + " " + pct)) {
                progress.add(now + " " + pct);
            }
            return !List.of("QUEUED", "RUNNING").contains(now);
        }, RUN, "run " + runId + " finishes");
        Files.write(Path.of("target/ui-progress.txt"), progress);
        assertEquals("SUCCEEDED", driver.findElement(By.id("run-status")).getText(), "progress seen: " + progress);
        assertEquals("100", driver.findElement(By.cssSelector(".card > .bar.wide")).getAttribute("aria-valuenow"));
        assertTrue(progress.stream().anyMatch(p -> p.matches("RUNNING ([1-9]|[1-9][0-9])")), "the bar moved while the run ran: " + progress);
    }

    private void checkRunPage() throws Exception {
        WebElement table = Browser.await(() -> driver.findElement(By.id("candidates")), PAGE, "the candidate table shows");
        List<WebElement> canvases = Browser.await(() -> { var c = driver.findElements(By.cssSelector("#charts canvas")); return c.size() >= 2 ? c : null; },
                PAGE, "the candidate plots are drawn");
        for (WebElement canvas : canvases) {
            long drawn = (Long) js.executeScript("const c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", canvas);
            assertTrue(drawn > 2000, "a plot canvas has " + drawn + " drawn pixels");
        }

        Set<String> downloads = new HashSet<>();
        driver.findElements(By.cssSelector("#artefacts button.download")).forEach(b -> downloads.add(b.getText()));
        assertTrue(downloads.containsAll(Set.of("candidates.csv", "report.html", "run.json")), "downloads: " + downloads);

        int rows = table.findElements(By.cssSelector("tbody tr")).size();
        assertTrue(rows > 10, rows + " candidate rows");
        WebElement gap = table.findElement(By.cssSelector("th[data-column=band_gap]"));
        // the header's click handler, called by script: a WebDriver click here once waited 196 s for Chromium's input ack
        js.executeScript("arguments[0].click()", gap);
        List<Double> ascending = column(table, "band_gap");
        assertEquals(ascending.stream().sorted().toList(), ascending, "sorted by band_gap, ascending");
        js.executeScript("arguments[0].click()", gap);
        List<Double> descending = column(table, "band_gap");
        assertEquals(ascending.stream().sorted((a, b) -> Double.compare(b, a)).toList(), descending, "and descending");

        js.executeScript("document.getElementById('charts').scrollIntoView()");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target/ui-run-page.png"), png);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        for (WebElement canvas : canvases) {
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) js.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height};", canvas);
            int inked = 0;
            Set<Integer> colours = new HashSet<>();
            for (int y = Math.max(0, r.get("y").intValue()); y < Math.min(shot.getHeight(), r.get("y").intValue() + r.get("h").intValue()); y++) {
                for (int x = Math.max(0, r.get("x").intValue()); x < Math.min(shot.getWidth(), r.get("x").intValue() + r.get("w").intValue()); x++) {
                    int rgb = shot.getRGB(x, y) & 0xffffff;
                    colours.add(rgb);
                    if (rgb != 0xffffff) {
                        inked++;
                    }
                }
            }
            assertTrue(inked > 2000 && colours.size() > 8, "the screenshot shows the plot at " + r + ": " + inked + " non-white pixels, " + colours.size() + " colours");
        }

        WebElement report = driver.findElement(By.id("report"));
        js.executeScript("arguments[0].scrollIntoView()", report);
        driver.switchTo().frame(report);
        try {
            int svgs = Browser.await(() -> { int n = driver.findElements(By.tagName("svg")).size(); return n > 0 ? n : null; }, PAGE, "the report's SVG plots render");
            assertTrue(svgs >= 2, svgs + " report plots");
        } finally {
            driver.switchTo().defaultContent();
        }
        shot("ui-report.png");
    }

    private void checkRunsList(String runId) throws Exception {
        driver.findElement(By.cssSelector("#nav a[data-page=runs]")).click();
        WebElement row = Browser.await(() -> driver.findElement(By.cssSelector("#runs tr[data-run='" + runId + "']")), PAGE, "the run is listed");
        assertTrue(row.getText().contains("SUCCEEDED"), row.getText());
        assertEquals("100", row.findElement(By.className("bar")).getAttribute("aria-valuenow"));
    }

    private List<Double> column(WebElement table, String name) {
        List<WebElement> heads = table.findElements(By.cssSelector("thead th"));
        int k = 0;
        while (!heads.get(k).getAttribute("data-column").equals(name)) {
            k++;
        }
        List<Double> values = new ArrayList<>();
        for (WebElement cell : table.findElements(By.cssSelector("tbody tr td:nth-child(" + (k + 1) + ")"))) {
            if (!cell.getText().isEmpty()) {
                values.add(Double.parseDouble(cell.getText()));
            }
        }
        return values;
    }

    private void shot(String name) {
        try {
            Files.write(Path.of("target", name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a screenshot is evidence, not the test
        }
    }

    private String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page: " + e.getMessage() + ")";
        }
    }
}
