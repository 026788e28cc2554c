package nl.ivbplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a report template to HTML outside a view, so the PDF and the Word document are made from exactly what the
 * page shows.
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

    /** The report as a PDF named fileName; the template reads the report as {@code report}, as the page does. */
    ResponseEntity<byte[]> pdf(
            String template, Object report, String fileName, HttpServletRequest request, HttpServletResponse response) {
        byte[] body = pdf.render(
                html(template, report, request, response),
                request.getRequestURL().toString());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(body);
    }

    /** The report as a Word document named fileName, saved rather than shown: Word opens it from the download. */
    ResponseEntity<byte[]> docx(
            String template, Object report, String fileName, HttpServletRequest request, HttpServletResponse response) {
        byte[] body = docx.render(html(template, report, request, response), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private String html(String template, Object report, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                LocaleContextHolder.getLocale(),
                Map.of("report", report));
        // lets templates call beans such as @textBlocks, as they do when Spring MVC renders the page
        context.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(template, context);
    }
}
