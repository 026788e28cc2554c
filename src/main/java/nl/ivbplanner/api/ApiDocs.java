package nl.ivbplanner.api;

/**
 * What every operation's description refers to, as constants the annotations of the API controllers can name: the
 * key's security scheme, the problem media type, and the problem schemas {@link OpenApiConfiguration} declares once.
 */
public final class ApiDocs {

    public static final String KEY = "apiSleutel";

    public static final String PROBLEM_JSON = "application/problem+json";

    /** An RFC 9457 problem: type, title, status, detail. */
    public static final String PROBLEM = "#/components/schemas/Probleem";

    /** A 422: the problem with {@code fouten}, per refused field its name in the body and the Dutch message. */
    public static final String INVALID = "#/components/schemas/OngeldigeInvoer";

    private ApiDocs() {}
}
