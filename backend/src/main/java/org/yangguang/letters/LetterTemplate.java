package org.yangguang.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A letter's wording, read from a UTF-8 text resource. Lines starting with {@code #} are notes for
 * whoever edits the template; the first other line is the heading.
 */
final class LetterTemplate {

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String COMMENT = "#";
    private static final String RIGHT = ">";

    private final String resource;
    private final String heading;
    private final List<String> lines;

    private LetterTemplate(String resource, String heading, List<String> lines) {
        this.resource = resource;
        this.heading = heading;
        this.lines = lines;
    }

    static LetterTemplate load(String resource) {
        String text;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter template " + resource, e);
        }
        List<String> lines = new ArrayList<>(text.lines()
                .filter(line -> !line.startsWith(COMMENT))
                .map(String::stripTrailing)
                .toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalStateException("The letter template " + resource + " has no heading");
        }
        return new LetterTemplate(resource, lines.get(0), List.copyOf(lines.subList(1, lines.size())));
    }

    /**
     * Fills the fields: a {@code String} value replaces its placeholder; a line holding a {@code
     * List} field is repeated for each item, the placeholder replaced by {@code "n. item"}.
     */
    List<LetterLine> render(Map<String, Object> values) {
        List<LetterLine> rendered = new ArrayList<>();
        rendered.add(new LetterLine(LetterLine.Kind.HEADING, fill(heading, values)));
        for (String line : lines) {
            boolean right = line.startsWith(RIGHT);
            String text = right ? line.substring(RIGHT.length()) : line;
            LetterLine.Kind kind = text.isBlank() ? LetterLine.Kind.BLANK : kindOf(right);
            String listField = listFieldIn(text, values);
            if (listField == null) {
                rendered.add(new LetterLine(kind, fill(text, values)));
                continue;
            }
            List<?> items = (List<?>) values.get(listField);
            Map<String, Object> itemValues = new HashMap<>(values);
            for (int i = 0; i < items.size(); i++) {
                itemValues.put(listField, (i + 1) + ". " + items.get(i));
                rendered.add(new LetterLine(kind, fill(text, itemValues)));
            }
        }
        return rendered;
    }

    private static LetterLine.Kind kindOf(boolean right) {
        return right ? LetterLine.Kind.RIGHT : LetterLine.Kind.BODY;
    }

    private String listFieldIn(String text, Map<String, Object> values) {
        String found = null;
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            if (values.get(matcher.group(1)) instanceof List) {
                if (found != null) {
                    throw new IllegalStateException("A line of " + resource + " holds two lists: " + text);
                }
                found = matcher.group(1);
            }
        }
        return found;
    }

    private String fill(String text, Map<String, Object> values) {
        return FIELD.matcher(text).replaceAll(match -> {
            Object value = values.get(match.group(1));
            if (!(value instanceof String string)) {
                throw new IllegalStateException(resource + " names an unknown field " + match.group());
            }
            return Matcher.quoteReplacement(string);
        });
    }
}
