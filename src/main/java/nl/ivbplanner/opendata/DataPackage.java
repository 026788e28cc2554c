package nl.ivbplanner.opendata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The description of a municipality's open data as a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/): per file a tabular data resource with its CSV path (relative to
 * the package's own address, as the specification resolves it), its CSV dialect and its Table Schema, the fields
 * with their type and Dutch title and description. Always Dutch, whatever language the reader chose: it describes
 * Dutch data, and stays one document with one ETag.
 */
final class DataPackage {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Public domain: what the municipality publishes anyone may reuse without conditions. */
    private static final Map<String, Object> LICENCE = ordered(
            "name", "CC0-1.0",
            "path", "https://creativecommons.org/publicdomain/zero/1.0/",
            "title", "Creative Commons Zero v1.0 Universal");

    /** RFC 4180, as {@link Table#CSV} writes it. */
    private static final Map<String, Object> DIALECT =
            ordered("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true, "header", true);

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private DataPackage() {}

    static byte[] of(PublishingMunicipality municipality, MessageSource messages) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("profile", "tabular-data-package");
        description.put("name", "ivb-" + municipality.slug());
        description.put("title", text(messages, "opendata.package.title", municipality.name()));
        description.put("description", text(messages, "opendata.package.description", municipality.name()));
        description.put("licenses", List.of(LICENCE));
        description.put(
                "keywords", List.of("integraal veiligheidsbeleid", municipality.name(), municipality.cbsCode()));
        description.put(
                "resources",
                OpenDataFile.ALL.stream().map(file -> resource(file, messages)).toList());
        return JSON.writeValueAsBytes(description);
    }

    private static Map<String, Object> resource(OpenDataFile<?> file, MessageSource messages) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put(
                "fields",
                file.fields().stream().map(field -> field(field, messages)).toList());
        schema.put("missingValues", List.of(""));
        if (file.primaryKey() != null) {
            schema.put("primaryKey", file.primaryKey());
        }
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", file.name());
        resource.put("path", file.csv());
        resource.put("title", text(messages, file.titleKey()));
        resource.put("description", text(messages, file.descriptionKey()));
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", DIALECT);
        resource.put("schema", schema);
        return resource;
    }

    private static Map<String, Object> field(Field<?> field, MessageSource messages) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", field.name());
        description.put("type", field.type().schemaName());
        description.put("title", text(messages, field.titleKey()));
        description.put("description", text(messages, field.descriptionKey()));
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (field.required()) {
            constraints.put("required", true);
        }
        if (!field.allowed().isEmpty()) {
            constraints.put("enum", new ArrayList<>(field.allowed()));
        }
        if (!constraints.isEmpty()) {
            description.put("constraints", constraints);
        }
        return description;
    }

    /** Keys in the order given, so the document, and with it its ETag, is the same on every instance and start. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String text(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
