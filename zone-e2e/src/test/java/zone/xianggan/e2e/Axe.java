package zone.xianggan.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core, run in the page as it is now: the checks it has for WCAG 2.1 levels A and AA (colour contrast,
 * names of controls, language, landmarks, tables' headers, …). What it cannot decide alone (contrast over an image,
 * say) it reports as "incomplete", not as a violation; those are left to a person.
 */
final class Axe {

    private static final String ENGINE = load();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                                resultTypes: ['violations'] })
               .then(results => done(results.violations.flatMap(violation => violation.nodes.map(node =>
                   violation.id + ' at ' + node.target.join(' ') + ': ' + node.failureSummary.replace(/\\s+/g, ' ')))))
               .catch(failure => done(['axe failed: ' + failure]));""";

    private Axe() {
    }

    /** Each element that breaks a rule, with the rule and why; empty when the page passes. */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
            page.executeScript(ENGINE);
        }
        return (List<String>) page.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
