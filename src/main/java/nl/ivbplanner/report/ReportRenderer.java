package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a report template to HTML outside a view, so the PDF and the Word document are made from exactly what the
 * page shows, and a published version is stored as exactly what its readers get.
 */
@Component
class ReportRenderer {

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ReportPdf pdf;
    private final ReportDocx docx;

    /** A Word document's media type, which Spring's MediaType does not name. */
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    ReportRenderer(ITemplateEngine templates, ApplicationContext application, ReportPdf pdf, ReportDocx docx) {
        this.templates = templates;
        this.application = application;
        this.pdf = pdf;
        this.docx = docx;
    }

    /**
     * The report's page in the given language. Links are written without a session id, even for a browser that sends
     * no cookie: a published page is read by others.
     */
    String html(
            String template, Object report, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, new WithoutSessionInUrls(response)),
                locale,
                Map.of("report", report));
        // lets templates call beans such as @textBlocks, as they do when Spring MVC renders the page
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(template, context);
    }

    /** The report's page as a Word document with the given document language. */
    byte[] docx(String html, Locale locale) {
        return docx.render(html, locale);
    }

    /** The report's page printed as a tagged PDF; baseUri resolves relative addresses in it. */
    byte[] pdf(String html, String baseUri) {
        return pdf.render(html, baseUri);
    }

    private static final class WithoutSessionInUrls extends HttpServletResponseWrapper {

        WithoutSessionInUrls(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
