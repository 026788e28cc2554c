package nl.ivbplanner.api;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;

/**
 * QuickTheories generators of requests for one described operation. Path parameters come from rows of things that
 * exist (so that valid requests reach the service) or are hostile; query parameters and bodies are generated from
 * their schemas, within them or just outside; the key is the one that may, another municipality's, a council
 * member's, a revoked one, nonsense or none.
 */
final class CallGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Values no schema allows for a parameter or a field, each a way clients (or attackers) get it wrong. The long one
     * stays well within Tomcat's 8 kB request line, beyond which the request is refused before it is known to be the
     * API's.
     */
    static final List<Object> HOSTILE = List.of(
            "",
            " ",
            "0",
            "-1",
            "1.5",
            "99999999999999999999",
            "null",
            "true",
            "../../etc/passwd",
            "<script>",
            "'; drop table kpi; --",
            "é€😀",
            "x".repeat(1000),
            "%",
            "\u0000",
            "1e309",
            "2026-02-30");

    private final ApiDescription.DescribedOperation operation;
    private final List<Map<String, String>> existing;
    private final Keys keys;

    /**
     * @param existing rows of path parameter values that exist together (a municipality, its framework, a plan year,
     *     a KPI and an activity of that plan, ...)
     */
    CallGenerator(ApiDescription.DescribedOperation operation, List<Map<String, String>> existing, Keys keys) {
        this.operation = operation;
        this.existing = existing;
        this.keys = keys;
    }

    Gen<GeneratedCall> calls() {
        return in -> {
            boolean valid = true;
            Map<String, String> row = Generate.pick(existing).generate(in);
            String address = operation.path();
            Map<String, String> query = new LinkedHashMap<>();
            for (Parameter parameter : parameters()) {
                boolean hostile = chance(in, 15);
                String value;
                if (!hostile && "path".equals(parameter.getIn()) && row.containsKey(parameter.getName())) {
                    value = row.get(parameter.getName());
                } else if (hostile) {
                    value = String.valueOf(Generate.pick(HOSTILE).generate(in));
                    valid = false;
                } else {
                    value = String.valueOf(valueOf(parameter.getSchema(), in));
                    valid &= !"path".equals(parameter.getIn());
                }
                if ("path".equals(parameter.getIn())) {
                    address = address.replace("{" + parameter.getName() + "}", segment(value));
                } else if ("query".equals(parameter.getIn())
                        && (hostile || parameter.getRequired() == Boolean.TRUE || chance(in, 50))) {
                    query.put(parameter.getName(), value);
                }
            }
            Keys.Holder holder = Generate.pick(List.of(Keys.Holder.values())).generate(in);
            String key = keys.of(holder, row.get("gemeente"));
            valid &= holder == Keys.Holder.OWN;
            String contentType = null;
            String body = null;
            if (operation.operation().getRequestBody() != null) {
                Schema<?> schema = operation
                        .operation()
                        .getRequestBody()
                        .getContent()
                        .get("application/json")
                        .getSchema();
                contentType = "application/json";
                int way = Generate.range(0, 9).generate(in);
                if (way < 6) {
                    body = JSON.writeValueAsString(valueOf(schema, in));
                } else if (way == 6) {
                    body = JSON.writeValueAsString(withoutARequiredField(schema, in));
                    valid = false;
                } else if (way == 7) {
                    body = JSON.writeValueAsString(withAHostileField(schema, in));
                    valid = false;
                } else if (way == 8) {
                    body = Generate.pick(List.of("{", "[]", "null", "\"tekst\"", "{\"a\":}", ""))
                            .generate(in);
                    valid = false;
                } else {
                    contentType = "text/plain";
                    body = "periode=2026";
                    valid = false;
                }
            }
            return new GeneratedCall(operation, address, query, key, contentType, body, valid);
        };
    }

    private List<Parameter> parameters() {
        return operation.operation().getParameters() == null
                ? List.of()
                : operation.operation().getParameters().stream()
                        .filter(p -> "path".equals(p.getIn()) || "query".equals(p.getIn()))
                        .toList();
    }

    /** A value within the schema: an enum's member, a number within its bounds, a date, an object with its fields. */
    static Object valueOf(Schema<?> schema, RandomnessSource in) {
        if (schema == null) {
            return "x";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Generate.pick(new ArrayList<>(schema.getEnum())).generate(in);
        }
        if (schema.getExample() != null && chance(in, 30)) {
            return schema.getExample();
        }
        switch (type(schema)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                    schema.getProperties().forEach((name, property) -> {
                        if (required.contains(name) || chance(in, 60)) {
                            object.put(name, valueOf(property, in));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                int size = Generate.range(0, 3).generate(in);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(valueOf(schema.getItems(), in));
                }
                return items;
            }
            case "integer" -> {
                long min =
                        schema.getMinimum() == null ? 1990 : schema.getMinimum().longValue();
                long max = schema.getMaximum() == null
                        ? Math.max(min, 2030)
                        : schema.getMaximum().longValue();
                return Generate.longRange(min, max).generate(in);
            }
            case "number" -> {
                long cents = Generate.longRange(0, 100_000).generate(in);
                return BigDecimal.valueOf(cents, 2);
            }
            case "boolean" -> {
                return Generate.booleans().generate(in);
            }
            default -> {
                if ("date".equals(schema.getFormat())) {
                    return LocalDate.of(2020, 1, 1)
                            .plusDays(Generate.range(0, 2500).generate(in))
                            .toString();
                }
                int max = schema.getMaxLength() == null ? 40 : Math.min(schema.getMaxLength(), 40);
                int min = schema.getMinLength() == null ? 1 : Math.min(schema.getMinLength(), max);
                int length = Generate.range(min, max).generate(in);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(Generate.pick(List.of('a', 'e', 'n', 'r', ' ', '2', '0', '6', 'é'))
                            .generate(in));
                }
                return text.toString();
            }
        }
    }

    private static Map<String, Object> withoutARequiredField(Schema<?> schema, RandomnessSource in) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) valueOf(schema, in);
        if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
            object.remove(Generate.pick(schema.getRequired()).generate(in));
        }
        return object;
    }

    private static Map<String, Object> withAHostileField(Schema<?> schema, RandomnessSource in) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) valueOf(schema, in);
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            String field = Generate.pick(new ArrayList<>(schema.getProperties().keySet()))
                    .generate(in);
            object.put(
                    field,
                    Generate.pick(List.<Object>of(List.of(1), Map.of("a", 1), -1, 1e300, "x".repeat(5000), true))
                            .generate(in));
        }
        return object;
    }

    /** OpenAPI 3.1 names a schema's types as a set (with 'null' for a nullable one), 3.0 as one type. */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream()
                    .filter(t -> !"null".equals(t))
                    .findFirst()
                    .orElse("string");
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return Generate.range(1, 100).generate(in) <= percent;
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String queryString(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
