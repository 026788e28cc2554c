package nl.ivbplanner.api;

import java.util.Map;

/**
 * One request generated from an operation's description: its address filled in, its query, the key it carries (or
 * none) and its body; {@code valid} when every part was generated within the description and the address names
 * things that exist, and the key may read them.
 */
record GeneratedCall(
        ApiDescription.DescribedOperation operation,
        String address,
        Map<String, String> query,
        String key,
        String contentType,
        String body,
        boolean valid) {

    @Override
    public String toString() {
        return operation.method() + " " + shortened(address)
                + (query.isEmpty() ? "" : " " + shortened(query.toString()))
                + (key == null ? " (no key)" : " (key " + key.substring(0, Math.min(10, key.length())) + "…)")
                + (body == null ? "" : " " + contentType + " " + shortened(body));
    }

    private static String shortened(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " characters)" : text;
    }
}
