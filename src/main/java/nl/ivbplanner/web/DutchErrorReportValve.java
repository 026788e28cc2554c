package nl.ivbplanner.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.ivbplanner.security.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat answers some requests itself before they reach the application: an encoded slash (%2F), '..;' or invalid
 * UTF-8 in the address, an upload over the multipart limit (413). Its own page for those is English and bare; this one is Dutch, in the application's style,
 * with the same security headers as every page.
 */
public class DutchErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.resetBuffer();
            SecurityHeaders.forPlainPages(request.isSecure()).forEach(response::setHeader);
            boolean api =
                    request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            response.setLocale(java.util.Locale.forLanguageTag("nl"));
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status) : page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing left to tell
        }
    }

    /** The API's clients get the same answer as an RFC 9457 problem (api/ProblemResponses describes it). */
    static String problem(int status) {
        Message message = message(status);
        String kind = switch (status) {
            case 404 -> "not-found";
            case 503 -> "unavailable";
            default -> status < 500 ? "bad-request" : "internal";
        };
        return """
                {"type":"tag:ivb-planner.nl,2026:probleem:%1$s","title":"%2$s","status":%3$d,"detail":"%4$s"}""".formatted(kind, message.title(), status, message.text());
    }

    /** What the page and the problem say about the status. */
    private static Message message(int status) {
        return switch (status) {
            case 400 ->
                new Message(
                        "Ongeldige aanvraag",
                        "Deze aanvraag kan niet worden verwerkt: het adres of de verstuurde gegevens kloppen niet. "
                                + "Open de pagina opnieuw via de startpagina.");
            case 404 ->
                new Message(
                        "Pagina niet gevonden",
                        "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.");
            case 413 ->
                new Message(
                        "Bestand te groot",
                        "Het bestand is groter dan 100 MB; zo groot neemt de server geen upload aan. Een werkmap of "
                                + "document om te importeren mag hoogstens 20 MB zijn: verklein het (bijvoorbeeld zonder "
                                + "afbeeldingen), ga terug en probeer het opnieuw. Er is niets gewijzigd.");
            case 503 ->
                new Message(
                        "Tijdelijk niet beschikbaar",
                        "IVB Planner is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.");
            default ->
                new Message("Er ging iets mis", "Deze aanvraag kon niet worden verwerkt. Probeer het later opnieuw.");
        };
    }

    private record Message(String title, String text) {}

    static String page(int status) {
        Message message = message(status);
        return """
                <!DOCTYPE html>
                <html lang="nl" class="voorbeeld-theme">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - IVB Planner</title>
                <link rel="stylesheet" href="/vendor/nl-design-system/voorbeeld-theme.css">
                <link rel="stylesheet" href="/vendor/nl-design-system/utrecht-component-library.css">
                <link rel="stylesheet" href="/css/app.css">
                </head>
                <body class="app-body">
                <main id="inhoud" class="app-main">
                <div class="app-narrow">
                <h1 class="utrecht-heading-1">%1$s</h1>
                <p class="utrecht-paragraph">%2$s</p>
                <p class="utrecht-paragraph"><a class="utrecht-link" href="/">Naar de startpagina</a></p>
                </div>
                </main>
                </body>
                </html>
                """.formatted(message.title(), message.text());
    }
}
