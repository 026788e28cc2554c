package nl.ivbplanner.api;

/**
 * What the operations' descriptions share, as constants the annotations of the API controllers can name: the key's
 * security scheme, the problem media type and schemas ({@link OpenApiConfiguration} declares them once), and the words
 * every operation uses for paging and access. The answers every operation can give are added to each by
 * {@link ApiDocumentation}, so no operation can forget them.
 */
public final class ApiDocs {

    public static final String KEY = "apiSleutel";

    public static final String PROBLEM_JSON = "application/problem+json";

    /** An RFC 9457 problem: type, title, status, detail. */
    public static final String PROBLEM = "#/components/schemas/Probleem";

    /** A 422: the problem with {@code fouten}, per refused field its name in the body and the Dutch message. */
    public static final String INVALID = "#/components/schemas/OngeldigeInvoer";

    public static final String PAGE =
            "Het nummer van de pagina, vanaf 1; voorbij de laatste pagina zijn de resultaten leeg";
    public static final String SIZE = "Het aantal resultaten per pagina, 1 tot en met 100";

    public static final String BAD_REQUEST =
            "Een parameter heeft een waarde die deze bewerking niet kent, of de JSON is onleesbaar";
    public static final String FORBIDDEN =
            "De sleutel geeft geen toegang: hij is van een andere gemeente, of zijn rol mag dit niet (een raadslid leest"
                    + " geen concepten en schrijft niet)";
    public static final String NOT_FOUND = "Op dit adres is niets";

    public static final String READERS =
            " Zonder sleutel leesbaar als het gepubliceerd is: vastgesteld of geëvalueerd, van"
                    + " een gemeente die openbaar publiceert. Al het andere leest alleen een sleutel van de gemeente, met de rol"
                    + " van zijn gebruiker zoals op de pagina's: een raadslid geen concepten, een adviseur of leidinggevende"
                    + " ook concepten. Zonder sleutel is het antwoord op iets wat niet gepubliceerd is 401, met een sleutel"
                    + " zonder toegang 403.";

    private ApiDocs() {}
}
