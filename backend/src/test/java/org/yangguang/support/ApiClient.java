package org.yangguang.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Talks to the running server as the browser application does: keeps cookies, echoes the
 * XSRF-TOKEN cookie in X-XSRF-TOKEN on every change, sends and reads JSON.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String base;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private boolean sendCsrf = true;

    public ApiClient(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private ApiClient(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** The same browser (its cookies: session, CSRF token) talking to another server, e.g. another node. */
    public ApiClient at(int otherPort) {
        return new ApiClient(otherPort, cookies);
    }

    /** Logs in with the demo password; fails the test unless the server answers 200. */
    public ApiClient login(String username) {
        return login(username, TestAccounts.PASSWORD);
    }

    public ApiClient login(String username, String password) {
        Response response = post("/api/auth/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + response.status() + ": " + response.body());
        }
        return this;
    }

    public ApiClient withoutCsrfHeader() {
        this.sendCsrf = false;
        return this;
    }

    public ApiClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public ApiClient basicAuth(String username, String password) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return header("Authorization", "Basic " + token);
    }

    /** A GET whose body is binary (a download); fails unless 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download of " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response postForm(String path, Map<String, String> form, Map<String, String> headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        headers.forEach(request::header);
        return execute(request);
    }

    /** A multipart/form-data POST: text fields, and one file part. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----yangguang" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(body, true, StandardCharsets.UTF_8);
        fields.forEach((name, value) -> out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        out.print("\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        String csrf = cookie("XSRF-TOKEN");
        if (sendCsrf && csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        extraHeaders.forEach(request::setHeader);
        return execute(request);
    }

    /** Exactly what Camunda Modeler's Deploy button sends (with this client's HTTP Basic credentials). */
    public Response modelerDeploy(String fileName, byte[] model) {
        return postMultipart("/engine-rest/deployment/create",
                Map.of("deployment-name", fileName.replace(".bpmn", ""), "deployment-source", "Camunda Modeler",
                        "enable-duplicate-filtering", "true"),
                fileName, fileName, model);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A POST with headers of its own (beside the client's), e.g. an {@code Idempotency-Key}. */
    public Response post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    public Response send(String method, String path, Object body) {
        return send(method, path, body, Map.of());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.BodyPublisher publisher = body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(
                            body instanceof String s ? s : JSON.writeValueAsString(body));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, publisher)
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "application/json");
            String csrf = cookie("XSRF-TOKEN");
            if (sendCsrf && csrf != null && !method.equals("GET")) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            extraHeaders.forEach(request::setHeader);
            headers.forEach(request::setHeader);
            return execute(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response execute(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body, headers, and the body as JSON on demand. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public java.util.List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }
    }
}
