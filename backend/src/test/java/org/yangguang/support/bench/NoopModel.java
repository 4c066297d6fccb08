package org.yangguang.support.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A copy of a process model with the application's code taken out, for a Camunda-only baseline: every
 * service task's {@code camunda:expression} becomes {@code ${true}}, every execution and task listener
 * goes, and the process gets another key. Gateways, their conditions on process variables, candidate
 * groups, the timer and the history time-to-live stay as they are, so the engine does the same work
 * per step minus the application's delegates.
 */
public final class NoopModel {

    private static final Pattern LISTENER = Pattern.compile("<camunda:(execution|task)Listener\\b[^>]*/>");
    private static final Pattern SERVICE_EXPRESSION = Pattern.compile("camunda:expression=\"\\$\\{[^\"]*}\"");

    private NoopModel() {}

    /** The model at {@code resource} on the classpath, rewritten, under process key {@code key}. */
    public static String of(String resource, String originalKey, String key) {
        String xml = read(resource);
        String noListeners = LISTENER.matcher(xml).replaceAll("");
        String noCalls = SERVICE_EXPRESSION.matcher(noListeners).replaceAll("camunda:expression=\"\\${true}\"");
        String renamed = noCalls.replace("\"" + originalKey + "\"", "\"" + key + "\"");
        if (renamed.contains("(execution") || renamed.contains("delegateExpression") || renamed.equals(noCalls)) {
            throw new IllegalStateException("model " + resource + " not rewritten as expected");
        }
        return renamed;
    }

    private static String read(String resource) {
        try (InputStream in = NoopModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
