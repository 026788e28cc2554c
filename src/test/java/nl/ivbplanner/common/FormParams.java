package nl.ivbplanner.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The fields a test form sends: a valid set, from which a test changes one field at a time. */
public final class FormParams {

    private final Map<String, String> fields;

    private FormParams(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Field names and values, alternating. */
    public static FormParams of(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new FormParams(fields);
    }

    /** A copy with one field set to another value. */
    public FormParams with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return new FormParams(changed);
    }

    public MultiValueMap<String, String> params() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }
}
