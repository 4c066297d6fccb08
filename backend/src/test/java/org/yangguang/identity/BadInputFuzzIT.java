package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Parameter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.Households;
import org.yangguang.support.TestVillages;

/**
 * Thousands of malformed requests to every write endpoint of the application (found from the
 * running request mappings, as the authorization matrix finds them), each sent by a role that may
 * call it: broken and wrongly shaped JSON, every field of the request object with a value of the
 * wrong kind (huge strings, negative and absurd amounts, unknown enum names, impossible dates,
 * markup and formulas), path variables and query parameters that name nothing, and broken
 * spreadsheets and zip bombs for uploads. Never a 5xx, every refusal a problem+json, and no row
 * added to any table. The inputs come from a seeded random source ({@code -Dfuzz.seed}).
 */
class BadInputFuzzIT extends ApiIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final int OBJECTS_PER_ENDPOINT = 60;
    private static final String VILLAGE = "511999101001";
    private static final Map<String, String> OFFICER_OF_ROLE = Map.of("COUNTY", "county", "TOWNSHIP", "township-dh",
            "VILLAGE", "village-dh1", "SUPERVISOR", "supervisor", "INSPECTOR", "inspector", "ADMIN", "admin",
            "ANY", "county");
    /** Tables whose rows legitimately grow while bad input is refused: the trail of refusals, sessions. */
    private static final Set<String> NOT_COUNTED = Set.of("AUDIT_EVENT", "SPRING_SESSION",
            "SPRING_SESSION_ATTRIBUTES", "IDEMPOTENCY_KEY", "FLYWAY_SCHEMA_HISTORY");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    private final BadValues bad = new BadValues(SEED);
    private final Map<String, ApiClient> clients = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int calls;

    @Test
    void everyWriteEndpointRefusesMalformedInputWithAProblemAndStoresNothing() throws Exception {
        Map<String, String> fixtures = fixtures();
        Map<String, Map<String, Object>> declared = AuthorizationMatrixIT.declarations();
        awaitNoCampaignRunning();
        Map<String, Long> before = rowCounts();
        int endpoints = 0;
        for (var entry : writeEndpoints().entrySet()) {
            String endpoint = entry.getKey();
            Map<String, Object> line = declared.get(endpoint);
            if (line == null || endpoint.equals("POST /api/auth/login")) {
                continue; // undeclared endpoints fail the authorization matrix; login is LoginIT's
            }
            endpoints++;
            fuzz(endpoint, entry.getValue(), AuthorizationMatrixIT.Declaration.of(line), fixtures);
        }
        Map<String, Long> after = rowCounts();
        Map<String, String> grown = new TreeMap<>();
        after.forEach((table, rows) -> {
            if (!rows.equals(before.get(table))) {
                grown.put(table, before.get(table) + " -> " + rows);
            }
        });
        System.out.printf("Fuzz (seed %d): %d write endpoints, %d malformed requests, answers %s, %d tables unchanged%n",
                SEED, endpoints, calls, statuses, after.size() - grown.size());
        assertThat(failures).as("5xx answers, or refusals that are not problem+json").isEmpty();
        assertThat(grown).as("tables that gained rows from malformed input").isEmpty();
        assertThat(calls).isGreaterThan(1000);
    }

    private void fuzz(String endpoint, HandlerMethod handler, AuthorizationMatrixIT.Declaration declaration,
            Map<String, String> fixtures) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        ApiClient client = clientFor(declaration);
        Class<?> bodyType = null;
        boolean upload = declaration.multipart() != null;
        List<String> queryNames = new ArrayList<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                bodyType = parameter.getType();
            }
            if (MultipartFile.class.isAssignableFrom(parameter.getType())) {
                upload = true;
            }
            RequestParam query = parameter.getAnnotation(RequestParam.class);
            if (query != null && !MultipartFile.class.isAssignableFrom(parameter.getType())) {
                queryNames.add(!query.name().isEmpty() ? query.name() : !query.value().isEmpty() ? query.value()
                        : parameter.getName());
            }
        }
        String path = fill(pattern, declaration, fixtures, null, null);

        // Path variables that name nothing, the rest of the request well-formed.
        for (String variable : variables(pattern)) {
            for (String value : bad.badPathValues()) {
                check(endpoint, client.send(method, fill(pattern, declaration, fixtures, variable, value), "{}"));
            }
        }
        for (String name : queryNames) {
            for (String value : bad.badQueryValues()) {
                check(endpoint, client.send(method, path + "?" + name + "=" + value, "{}"));
            }
        }
        if (upload) {
            Map<String, String> fields = declaration.multipart() == null ? Map.of() : declaration.multipart();
            for (var file : bad.badFiles().entrySet()) {
                check(endpoint, client.postMultipart(path, fields, "file", file.getKey(), file.getValue()));
            }
            return;
        }
        if (bodyType == null) {
            return; // the endpoint reads no body: there is nothing in one to get wrong
        }
        for (String body : bad.unparsableJson()) {
            check(endpoint, client.send(method, path, body));
        }
        if (declaration.allowedNotCalled()) {
            return; // a well-formed but empty request would start county-wide work: unparsable bodies only
        }
        for (String body : bad.wrongShapeJson()) {
            check(endpoint, client.send(method, path, body));
        }
        for (int i = 0; i < OBJECTS_PER_ENDPOINT; i++) {
            check(endpoint, client.send(method, path, JSON.writeValueAsString(bad.objectFor(bodyType, i % 2 == 1))));
        }
    }

    private void check(String endpoint, ApiClient.Response response) {
        calls++;
        statuses.merge(response.status(), 1, Integer::sum);
        boolean problem = response.contentType().startsWith("application/problem+json");
        if (response.status() >= 500 || response.status() >= 400 && !problem) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
            failures.add(endpoint + " -> " + response.status() + " " + response.contentType() + " "
                    + body.substring(0, Math.min(body.length(), 200)));
        }
    }

    private ApiClient clientFor(AuthorizationMatrixIT.Declaration declaration) {
        if (declaration.isPublic()) {
            // Public endpoints limit requests per client: every request from its own documentation-range address.
            return anonymous().header("X-Forwarded-For", "203.0.113." + (1 + calls % 250));
        }
        String role = declaration.roles().stream().sorted().findFirst().orElse("ANY");
        return clients.computeIfAbsent(OFFICER_OF_ROLE.get(role), this::as);
    }

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The path with every variable filled from the fixtures, except {@code bad} which gets {@code value}. */
    private static String fill(String pattern, AuthorizationMatrixIT.Declaration declaration,
            Map<String, String> fixtures, String bad, String value) {
        Matcher matcher = PLACEHOLDER.matcher(pattern.replace("/**", "/x"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String fixed = declaration.path().get(name);
            String filled = name.equals(bad) ? value
                    : fixed != null ? PLACEHOLDER.matcher(fixed).replaceAll(m -> fixtures.getOrDefault(m.group(1), "0"))
                    : fixtures.getOrDefault(name, "987654321");
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** "METHOD /pattern" of every POST, PUT, PATCH and DELETE mapping, with its handler method. */
    private Map<String, HandlerMethod> writeEndpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    if (Set.of("POST", "PUT", "PATCH", "DELETE").contains(method.name())) {
                        for (String pattern : entry.getKey().getPatternValues()) {
                            endpoints.put(method.name() + " " + pattern, entry.getValue());
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** A case of the demo village with its household and accept task; an officer and a village of its own. */
    private Map<String, String> fixtures() {
        CaseDriver cases = new CaseDriver(port);
        long caseId = cases.apply("village-dh1", Households.typical(VILLAGE));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", VILLAGE);
        values.put("caseId", String.valueOf(caseId));
        values.put("taskId", cases.task("township-dh", caseId, "accept"));
        values.put("householdId", cases.caseOf("county", caseId).get("householdId").asText());
        // Records of its own for what a malformed but accepted request may change (a password that
        // is hostile text yet valid, a region renamed): never a demo account or region other tests use.
        ApiClient admin = as("admin");
        String officer = unique("fuzz");
        var created = admin.post("/api/admin/officers", Map.of("username", officer, "displayName", "模糊测试",
                "role", "VILLAGE", "regionCode", VILLAGE, "password", "Fuzz#2026abc"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        values.put("username", officer);
        values.put("code", TestVillages.create(admin, "模糊村"));
        values.put("day", "2031-06-11");
        return values;
    }

    /** Another test's campaign still working in the background would add rows of its own. */
    private void awaitNoCampaignRunning() throws InterruptedException {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 240 && jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE status = 'RUNNING'",
                Integer.class) > 0; i++) {
            Thread.sleep(500);
        }
    }

    private Map<String, Long> rowCounts() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                var result = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (!NOT_COUNTED.contains(table.toUpperCase()) && !table.toUpperCase().startsWith("ACT_HI_")) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
        }
        return counts;
    }
}
