package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;
import org.yangguang.support.TestVillages;

/**
 * Issue 11.1, the authorization matrix: every HTTP endpoint that the running application maps
 * (read from its request mappings, so a new endpoint is covered, and must be declared, without
 * editing this class) is called as anonymous and as every role, with records inside and outside
 * the caller's jurisdiction. What each endpoint allows is declared in {@code
 * authorization-matrix.yml}. A 2xx that the declaration does not allow fails, and so does a refusal
 * that is not 401, 403 or 404 (or a status the line declares in {@code refusedWith}); an allowed call
 * must not be refused (401/403) nor fail (5xx).
 */
class AuthorizationMatrixIT extends ApiIT {

    /** The demo accounts of api.md, one or two per role, and anonymous. */
    static final List<Caller> CALLERS = List.of(
            new Caller(null, null, null),
            new Caller("county", "COUNTY", "511999000000"),
            new Caller("township-dh", "TOWNSHIP", "511999101000"),
            new Caller("township-xs", "TOWNSHIP", "511999102000"),
            new Caller("village-dh1", "VILLAGE", "511999101001"),
            new Caller("village-xs1", "VILLAGE", "511999102001"),
            new Caller("supervisor", "SUPERVISOR", "511999000000"),
            new Caller("inspector", "INSPECTOR", "511999000000"),
            new Caller("admin", "ADMIN", "511999000000"));

    /** Records in 东河村 (东河镇) and in 西山村 (西山乡): inside the one township, outside the other. */
    static final Map<String, String> VARIANT_VILLAGES = Map.of("dh", "511999101001", "xs", "511999102001");

    /** Fixture names that differ between the two variants. */
    static final Set<String> PER_VARIANT = Set.of("caseId", "taskId", "householdId", "complaintId", "region");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    @Autowired
    ApplicationContext context;

    CaseDriver cases;

    @BeforeEach
    void driver() {
        cases = new CaseDriver(port);
    }

    @Test
    void everyEndpointIsDeclared() {
        Map<String, Map<String, Object>> declared = declarations();
        Set<String> mapped = mappedEndpoints();
        assertThat(new TreeSet<>(mapped))
                .as("endpoints without a line in authorization-matrix.yml: declare who may call them")
                .isSubsetOf(declared.keySet());
        assertThat(new TreeSet<>(declared.keySet()))
                .as("lines of authorization-matrix.yml that name no endpoint any more")
                .isSubsetOf(mapped);
    }

    @Test
    void everyEndpointAnswersOnlyWhomItAllows() {
        Map<String, Map<String, Object>> declared = declarations();
        Set<String> mapped = mappedEndpoints();
        Map<String, Map<String, String>> fixtures = fixtures();
        Map<String, ApiClient> clients = new LinkedHashMap<>();
        for (Caller caller : CALLERS) {
            clients.put(caller.label(), caller.username() == null ? anonymous() : as(caller.username()));
        }

        List<String> unexpected2xx = new ArrayList<>();
        List<String> wrongRefusals = new ArrayList<>();
        List<String> deniedButAllowed = new ArrayList<>();
        int calls = 0;
        int endpointsCalled = 0;
        int skippedAllowed = 0;
        Map<Integer, Integer> allowedStatuses = new java.util.TreeMap<>();
        Map<Integer, Integer> refusedStatuses = new java.util.TreeMap<>();
        // Reads first, so that no change made by an allowed call can alter what a later read sees.
        List<String> order = mapped.stream()
                .filter(declared::containsKey)
                .sorted(Comparator.comparing((String e) -> !e.startsWith("GET ")).thenComparing(e -> e))
                .toList();
        for (String endpoint : order) {
            Declaration declaration = Declaration.of(declared.get(endpoint));
            if (declaration.notCalled() != null) {
                continue;
            }
            endpointsCalled++;
            boolean perVariant = declaration.jurisdiction() || usesPerVariantFixture(endpoint, declaration);
            for (String variant : perVariant ? List.of("dh", "xs") : List.of("dh")) {
                Map<String, String> values = fixtures.get(variant);
                for (Caller caller : CALLERS) {
                    boolean allowed = declaration.allows(caller, VARIANT_VILLAGES.get(variant));
                    if (allowed && declaration.allowedNotCalled()) {
                        skippedAllowed++;
                        continue;
                    }
                    if (declaration.isPublic() && caller.username() != null) {
                        continue; // open to everybody: one anonymous call says so
                    }
                    ApiClient.Response response = call(clients.get(caller.label()), endpoint, declaration, values);
                    calls++;
                    String line = String.format("%-55s %-12s %-3s -> %d %s", endpoint, caller.label(), variant,
                            response.status(), abbreviate(response.body()));
                    int status = response.status();
                    (allowed ? allowedStatuses : refusedStatuses).merge(status, 1, Integer::sum);
                    if (!allowed && status >= 200 && status < 300) {
                        unexpected2xx.add(line);
                    } else if (!allowed && status != 401 && status != 403 && status != 404
                            && !declaration.refusedWith().contains(status)) {
                        wrongRefusals.add(line);
                    } else if (allowed && (status == 401 || status == 403 || status >= 500)) {
                        deniedButAllowed.add(line);
                    }
                }
            }
        }
        System.out.printf(
                "Authorization matrix: %d endpoints mapped, %d called, %d callers (anonymous and %d officers "
                        + "of %d roles), %d calls, %d allowed calls left out as declared%n",
                mapped.size(), endpointsCalled, CALLERS.size(), CALLERS.size() - 1,
                CALLERS.stream().map(Caller::role).filter(r -> r != null).distinct().count(),
                calls, skippedAllowed);
        System.out.printf("Authorization matrix: answers to allowed calls %s, to refused calls %s%n",
                allowedStatuses, refusedStatuses);
        assertThat(unexpected2xx).as("2xx answers the declaration does not allow").isEmpty();
        assertThat(wrongRefusals).as("refusals that are not 401, 403 or 404").isEmpty();
        assertThat(deniedButAllowed).as("allowed calls that were refused or failed").isEmpty();
    }

    /** Engine REST (Camunda Modeler's door): HTTP Basic of a supervisor, nobody else, reads and writes alike. */
    @Test
    void theEngineRestAnswersSupervisorsOnly() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Caller caller : CALLERS) {
            for (String path : List.of("/engine-rest/engine", "/engine-rest/process-definition",
                    "/engine-rest/deployment", "/engine-rest/task", "/engine-rest/history/process-instance",
                    "/engine-rest/user", "/engine-rest/authorization")) {
                ApiClient client = caller.username() == null ? anonymous()
                        : anonymous().basicAuth(caller.username(), org.yangguang.support.TestAccounts.PASSWORD);
                int status = client.get(path).status();
                calls++;
                int expected = caller.username() == null ? 401 : "SUPERVISOR".equals(caller.role()) ? 200 : 403;
                if (status != expected) {
                    wrong.add(caller.label() + " GET " + path + " -> " + status + " (expected " + expected + ")");
                }
            }
            ApiClient client = caller.username() == null ? anonymous()
                    : anonymous().basicAuth(caller.username(), org.yangguang.support.TestAccounts.PASSWORD);
            // A change: starting a process that does not exist is the engine's 404 for a supervisor, security's refusal for others.
            int status = client.post("/engine-rest/process-definition/key/no-such-process/start", Map.of()).status();
            calls++;
            boolean supervisor = "SUPERVISOR".equals(caller.role());
            if (supervisor ? status != 404 : status != (caller.username() == null ? 401 : 403)) {
                wrong.add(caller.label() + " POST /engine-rest/process-definition/key/no-such-process/start -> " + status);
            }
            // The browser application's session never opens the engine REST.
            if (caller.username() != null) {
                if (as(caller.username()).get("/engine-rest/engine").status() != 401) {
                    wrong.add(caller.label() + " with a browser session reached /engine-rest");
                }
                calls++;
            }
        }
        System.out.printf("Authorization matrix: engine REST, %d calls by %d callers%n", calls, CALLERS.size());
        assertThat(wrong).isEmpty();
    }

    /** Camunda's webapps: only supervisors log in; their API answers nobody without that login. */
    @Test
    void camundaWebappsAnswerSupervisorsOnly() {
        List<String> wrong = new ArrayList<>();
        List<String> apiPaths = List.of(
                "/camunda/api/engine/engine/default/process-definition/count",
                "/camunda/api/engine/engine/default/task/count",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/admin/auth/user/default");
        int calls = 0;
        for (Caller caller : CALLERS) {
            ApiClient client = anonymous();
            client.get("/camunda/app/cockpit/default/");
            String token = client.cookie("CAMUNDA-XSRF-TOKEN");
            assertThat(token).as("Camunda's own CSRF cookie").isNotNull();
            boolean supervisor = "SUPERVISOR".equals(caller.role());
            if (caller.username() != null) {
                int login = client.postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                                Map.of("username", caller.username(), "password",
                                        org.yangguang.support.TestAccounts.PASSWORD),
                                Map.of("X-XSRF-TOKEN", token))
                        .status();
                calls++;
                if (login != (supervisor ? 200 : 403)) {
                    wrong.add(caller.label() + " Cockpit login -> " + login);
                }
            }
            for (String path : apiPaths) {
                int status = client.header("X-XSRF-TOKEN", token).get(path).status();
                calls++;
                boolean ok = status >= 200 && status < 300;
                if (ok != supervisor || (!ok && status != 401 && status != 403 && status != 404)) {
                    wrong.add(caller.label() + " GET " + path + " -> " + status);
                }
            }
            // Signed in to the browser application only: Camunda's API does not answer either.
            if (caller.username() != null) {
                ApiClient browser = as(caller.username());
                int status = browser.get(apiPaths.get(0)).status();
                calls++;
                if (status != 401 && status != 403) {
                    wrong.add(caller.label() + " with a browser session GET " + apiPaths.get(0) + " -> " + status);
                }
            }
        }
        System.out.printf("Authorization matrix: Camunda webapps, %d calls by %d callers%n", calls, CALLERS.size());
        assertThat(wrong).isEmpty();
    }

    private ApiClient.Response call(ApiClient client, String endpoint, Declaration declaration,
            Map<String, String> values) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String path = fill(pattern.replace("/**", "/x"), name -> {
            String fixed = declaration.path().get(name);
            return fixed != null ? fill(fixed, values::get) : values.get(name);
        });
        if (declaration.query() != null) {
            path += "?" + fill(declaration.query(), values::get);
        }
        if (declaration.isPublic()) {
            // Public endpoints limit requests per client: each call comes from its own (documentation-range) client.
            client = anonymous().header("X-Forwarded-For", "198.51.100." + (1 + Math.abs(path.hashCode() % 250)));
        }
        if (declaration.multipart() != null) {
            return client.postMultipart(path, declaration.multipart(), "file", "empty.xlsx", new byte[] {1, 2, 3});
        }
        Object body = null;
        if ("household".equals(declaration.body())) {
            body = Households.typical(values.get("region")).body();
        } else if (declaration.body() != null) {
            body = fill(declaration.body(), values::get);
        }
        return client.send(method.equals("ANY") ? "GET" : method, path, body);
    }

    private static boolean usesPerVariantFixture(String endpoint, Declaration declaration) {
        String all = endpoint + " " + declaration.query() + " " + declaration.body() + " " + declaration.path();
        Matcher m = PLACEHOLDER.matcher(all);
        while (m.find()) {
            if (PER_VARIANT.contains(m.group(1))) {
                return true;
            }
        }
        return "household".equals(declaration.body());
    }

    private static String fill(String template, java.util.function.Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            if (value == null) {
                throw new AssertionError("no fixture {" + m.group(1) + "} for " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /** "METHOD /pattern" of every request mapping of every Spring MVC handler mapping (actuator too). */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods) {
                        endpoints.add(method + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> declarations() {
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.yml")) {
            Map<String, Map<String, Object>> loaded = new Yaml().load(in);
            return new LinkedHashMap<>(loaded);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Real records for the path variables, made through the API as the officers would: an application
     * case (with its household, the township's accept task and a complaint) in each variant's village,
     * and county-wide records that need no variant.
     */
    private Map<String, Map<String, String>> fixtures() {
        ApiClient admin = as("admin");
        ApiClient county = as("county");
        Map<String, String> common = new LinkedHashMap<>();
        String officer = unique("matrix");
        var created = admin.post("/api/admin/officers", Map.of("username", officer, "displayName", "矩阵测试",
                "role", "VILLAGE", "regionCode", "511999101001", "password", "Matrix#2026a"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        common.put("username", officer);
        common.put("testVillage", TestVillages.create(admin, "矩阵村"));
        common.put("day", "2031-06-11");
        common.put("source", "DEPOSIT");
        common.put("documentId", "987654321");
        common.put("jobId", "no-such-job");
        common.put("trackingCode", "NOSUCHCODE01");
        common.put("runId", firstIdOr(county.get("/api/payments/runs").json(), "runId"));
        common.put("campaignId", firstIdOr(county.get("/api/campaigns").json(), "campaignId"));
        common.put("noticeId", firstIdOr(anonymous().get("/api/public/notices").json(), "noticeId"));

        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        for (var variant : Map.of("dh", new String[] {"village-dh1", "township-dh"},
                "xs", new String[] {"village-xs1", "township-xs"}).entrySet()) {
            String village = VARIANT_VILLAGES.get(variant.getKey());
            String villageOfficer = variant.getValue()[0];
            String townshipOfficer = variant.getValue()[1];
            long caseId = cases.apply(villageOfficer, Households.typical(village));
            Map<String, String> values = new LinkedHashMap<>(common);
            values.put("region", village);
            values.put("caseId", String.valueOf(caseId));
            values.put("taskId", cases.task(townshipOfficer, caseId, "accept"));
            values.put("householdId", cases.caseOf("county", caseId).get("householdId").asText());
            var complaint = cases.as(villageOfficer).post("/api/complaints", Map.of("channel", "HOTLINE",
                    "anonymous", false, "complainantName", "王五", "complainantPhone", "13800001111",
                    "caseId", caseId, "content", "授权矩阵"));
            assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);
            values.put("complaintId", complaint.json().get("complaintId").asText());
            variants.put(variant.getKey(), values);
        }
        return variants;
    }

    private static String firstIdOr(JsonNode list, String field) {
        return list.isArray() && !list.isEmpty() ? list.get(0).get(field).asText() : "987654321";
    }

    /** A demo officer, or anonymous (all null). */
    record Caller(String username, String role, String regionCode) {

        String label() {
            return username == null ? "anonymous" : username;
        }

        /** Whether a record in the region lies inside this officer's region subtree. */
        boolean reaches(String recordRegion) {
            String prefix = regionCode.replaceAll("(000)+$", "");
            return recordRegion.startsWith(prefix);
        }
    }

    /** One line of authorization-matrix.yml. */
    record Declaration(
            boolean isPublic,
            Set<String> roles,
            boolean jurisdiction,
            String query,
            String body,
            Map<String, String> multipart,
            Map<String, String> path,
            boolean allowedNotCalled,
            String notCalled,
            Set<Integer> refusedWith) {

        @SuppressWarnings("unchecked")
        static Declaration of(Map<String, Object> line) {
            Object roles = line.get("roles");
            Set<String> roleSet = roles == null ? Set.of()
                    : roles instanceof List<?> list ? Set.copyOf((List<String>) list) : Set.of(roles.toString());
            Map<String, String> multipart = (Map<String, String>) line.get("multipart");
            Map<String, String> path = (Map<String, String>) line.getOrDefault("path", Map.of());
            return new Declaration(
                    Boolean.TRUE.equals(line.get("public")),
                    roleSet,
                    Boolean.TRUE.equals(line.get("jurisdiction")),
                    (String) line.get("query"),
                    (String) line.get("body"),
                    multipart,
                    path,
                    line.containsKey("allowedNotCalled"),
                    (String) line.get("notCalled"),
                    Set.copyOf((List<Integer>) line.getOrDefault("refusedWith", List.of())));
        }

        boolean allows(Caller caller, String recordRegion) {
            if (isPublic) {
                return true;
            }
            if (caller.username() == null) {
                return false;
            }
            if (!roles.contains("ANY") && !roles.contains(caller.role())) {
                return false;
            }
            return !jurisdiction || caller.reaches(recordRegion);
        }
    }
}
