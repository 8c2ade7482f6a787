package org.avec.tools.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avec.ShareOut;
import org.avec.examples.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The sheet as a person sees it: each language rendered by headless Chromium to a PNG and printed to PDF, where
 * Chromium is installed (on Debian: {@code apt-get install chromium}); skipped, saying so, where it is not. The PNGs
 * and PDFs are left in {@code avec-examples/target/sheet/} to be looked at.
 */
class ChromiumRenderingTest {

    static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static void run(Path chromium, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
    }

    @Test
    void each_language_renders_and_a_25_member_group_prints_on_two_A4_pages_at_most() throws Exception {
        Optional<Path> chromium = chromium();
        String why = "Chromium is not installed, so the sheet was not rendered: on Debian, apt-get install chromium";
        if (chromium.isEmpty()) {
            // said where the one running the build reads it, not only in the test report
            System.out.println("[ChromiumRenderingTest skipped] " + why);
        }
        assumeTrue(chromium.isPresent(), why);
        // 26 founders, one of whom leaves: 25 members at the share-out
        ShareOut s = Simulation.run(2026, 26, 52).shareOut();
        assertThat(s.lines()).hasSize(25);
        Path dir = Path.of("target", "sheet").toAbsolutePath();
        Files.createDirectories(dir);
        for (String tag : List.of("en", "fr-MA", "ar-MA")) {
            Path page = dir.resolve("sheet-" + tag + ".html");
            Files.writeString(page, Sheet.html(s, Locale.forLanguageTag(tag)), StandardCharsets.UTF_8);
            Path png = dir.resolve("sheet-" + tag + ".png");
            Path pdf = dir.resolve("sheet-" + tag + ".pdf");
            Files.deleteIfExists(png);
            Files.deleteIfExists(pdf);
            run(chromium.get(), "--window-size=820,1900", "--screenshot=" + png, page.toUri().toString());
            run(chromium.get(), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
            byte[] image = Files.readAllBytes(png);
            assertThat(image.length).as("%s rendered", png).isGreaterThan(20_000);
            assertThat(new String(image, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
            String printed = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(printed);
            int count = 0;
            while (pages.find()) {
                count++;
            }
            assertThat(count).as("%s: A4 pages", pdf).isBetween(1, 2);
        }
    }
}
