package dev.laurel.e2e;

import dev.laurel.tool.launch.LmsBrowser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The launch tests' scripted browser ({@link LmsBrowser}: one cookie jar per host, no redirects followed) with
 * what the end-to-end tests add: a launch that must land, and reading links and forms of the landed pages.
 */
final class LmsSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final LmsBrowser browser = new LmsBrowser();

    /** Opens an LMS launch page and follows its frame into the tool; returns the tool page the launch lands on. */
    HttpResponse<String> launch(String lmsPage) {
        LmsBrowser.Launch launch = browser.launch(lmsPage);
        if (launch.landing() == null) {
            throw new IllegalStateException("launch answered " + launch.launchResponse().statusCode() + ": "
                    + launch.launchResponse().body());
        }
        return launch.landing();
    }

    /** Follows the link of {@code page} (at {@code base}) whose href contains {@code pathPart}. */
    HttpResponse<String> follow(String base, HttpResponse<String> page, String pathPart) {
        return get(URI.create(base).resolve(link(page.body(), pathPart)).toString());
    }

    static String link(String html, String pathPart) {
        return find(Pattern.compile("href=\"([^\"]*" + Pattern.quote(pathPart) + "[^\"]*)\""), html, "link to " + pathPart);
    }

    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        return fields;
    }

    static String formAction(String html) {
        return find(FORM_ACTION, html, "form action");
    }

    HttpResponse<String> get(String url) {
        return browser.get(url);
    }

    HttpResponse<String> post(String url, Map<String, String> fields) {
        return browser.post(url, fields);
    }

    static String unescape(String html) {
        return LmsBrowser.unescape(html);
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in the page: " + html);
        }
        return unescape(matcher.group(1));
    }
}
