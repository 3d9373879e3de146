package dev.burrow.domain.session;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name of the device a user agent names, as PostHog's login sessions show it ({@code "Firefox 120 on
 * Windows"}): the browser and its major version, then the operating system. Only this is kept of a user agent.
 * Unknown agents keep their first product token ({@code "curl 8"}), and an empty one is null.
 */
public final class Devices {

    /** Longer names are cut: a user agent is anyone's to write. */
    public static final int MAX_LENGTH = 100;

    private static final String[][] BROWSERS = {
            {"Edge", "Edg(?:e|A|iOS)?/(\\d+)"},
            {"Opera", "(?:OPR|Opera)/(\\d+)"},
            {"Samsung Internet", "SamsungBrowser/(\\d+)"},
            {"Firefox", "(?:Firefox|FxiOS)/(\\d+)"},
            {"Chrome", "(?:Chrome|CriOS)/(\\d+)"},
            {"Safari", "Version/(\\d+)[.\\d]* (?:Mobile/\\w+ )?Safari/"},
    };
    private static final String[][] SYSTEMS = {
            {"iOS", "iPhone|iPad|iPod"},
            {"Android", "Android"},
            {"Chrome OS", "CrOS"},
            {"Windows", "Windows"},
            {"macOS", "Mac OS X|Macintosh"},
            {"Linux", "Linux|X11"},
    };
    private static final Pattern PRODUCT = Pattern.compile("^([A-Za-z][\\w.-]*)(?:/(\\d+))?");

    private Devices() {
    }

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = null;
        for (String[] candidate : BROWSERS) {
            Matcher matcher = Pattern.compile(candidate[1]).matcher(userAgent);
            if (matcher.find()) {
                browser = candidate[0] + " " + matcher.group(1);
                break;
            }
        }
        String system = null;
        for (String[] candidate : SYSTEMS) {
            if (Pattern.compile(candidate[1]).matcher(userAgent).find()) {
                system = candidate[0];
                break;
            }
        }
        if (browser == null) {
            Matcher product = PRODUCT.matcher(userAgent.strip());
            browser = product.find() && !product.group(1).equals("Mozilla")
                    ? product.group(1) + (product.group(2) == null ? "" : " " + product.group(2))
                    : "Unknown browser";
        }
        String described = system == null ? browser : browser + " on " + system;
        return described.length() > MAX_LENGTH ? described.substring(0, MAX_LENGTH) : described;
    }
}
