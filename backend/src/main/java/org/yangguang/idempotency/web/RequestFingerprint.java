package org.yangguang.idempotency.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same": method, path, query and body, as a SHA-256. A JSON (or any
 * other) body counts byte for byte; a form counts by its fields and a multipart upload by its parts
 * (name, file name, content), since a browser sends the same form with a new boundary each time.
 */
final class RequestFingerprint {

    private final MessageDigest digest;

    private RequestFingerprint(HttpServletRequest request) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        text(request.getMethod());
        text(request.getRequestURI());
        text(request.getQueryString() == null ? "" : request.getQueryString());
    }

    /** The fingerprint of a request whose body is in memory. */
    static String of(HttpServletRequest request, byte[] body) {
        RequestFingerprint fingerprint = new RequestFingerprint(request);
        fingerprint.digest.update(body);
        return fingerprint.hex();
    }

    /** The fingerprint of a form, field by field, leaving the body to the container. */
    static String ofForm(HttpServletRequest request) {
        RequestFingerprint fingerprint = new RequestFingerprint(request);
        Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
        fields.forEach((name, values) -> {
            fingerprint.text(name);
            for (String value : values) {
                fingerprint.text(value);
            }
        });
        return fingerprint.hex();
    }

    /** The fingerprint of a multipart upload, part by part (the container keeps the parts for the application). */
    static String ofParts(HttpServletRequest request) throws IOException, ServletException {
        RequestFingerprint fingerprint = new RequestFingerprint(request);
        List<Part> parts = new ArrayList<>(request.getParts());
        parts.sort((a, b) -> a.getName().compareTo(b.getName()));
        byte[] buffer = new byte[8192];
        for (Part part : parts) {
            fingerprint.text(part.getName());
            fingerprint.text(part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
            try (InputStream in = part.getInputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    fingerprint.digest.update(buffer, 0, read);
                }
            }
            fingerprint.text("");
        }
        return fingerprint.hex();
    }

    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
