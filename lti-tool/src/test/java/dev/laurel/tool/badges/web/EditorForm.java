package dev.laurel.tool.badges.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would send for one form of a Laurel page, read from the page's HTML as Laurel writes it:
 * inputs with their values (radios and checkboxes only when checked, no files or buttons), each select's selected
 * option (else its first), textareas. For round trips: load a page, send its form back unchanged.
 */
final class EditorForm {

    private static final Pattern TAG = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private EditorForm() {
    }

    /** The fields of the form whose opening tag has {@code marker} (e.g. {@code data-form="badge"}), in page order. */
    static List<InstructorHttp.Field> fields(String html, String marker) {
        int start = html.indexOf(marker);
        if (start < 0) {
            throw new IllegalStateException("no form " + marker + " in the page");
        }
        String form = html.substring(html.lastIndexOf("<form", start), html.indexOf("</form>", start));
        List<InstructorHttp.Field> fields = new ArrayList<>();
        Matcher tag = TAG.matcher(form);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            switch (tag.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "input" -> {
                    String type = attributes.getOrDefault("type", "text");
                    if (type.equals("file") || type.equals("submit") || type.equals("button")) {
                        continue;
                    }
                    if ((type.equals("radio") || type.equals("checkbox")) && !attributes.containsKey("checked")) {
                        continue;
                    }
                    fields.add(InstructorHttp.field(name, attributes.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
                }
                case "select" -> {
                    String options = form.substring(tag.end(), form.indexOf("</select>", tag.end()));
                    String chosen = null;
                    String first = null;
                    Matcher option = OPTION.matcher(options);
                    while (option.find()) {
                        Map<String, String> optionAttributes = attributes(option.group(1));
                        String value = optionAttributes.getOrDefault("value", "");
                        first = first == null ? value : first;
                        if (optionAttributes.containsKey("selected")) {
                            chosen = value;
                        }
                    }
                    fields.add(InstructorHttp.field(name, chosen != null ? chosen : first == null ? "" : first));
                }
                default -> fields.add(InstructorHttp.field(name,
                        unescape(form.substring(tag.end(), form.indexOf("</textarea>", tag.end())))));
            }
        }
        return fields;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2) == null ? "" : unescape(attribute.group(2)));
        }
        return attributes;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&amp;", "&");
    }
}
