package nl.ivbplanner.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Downloads of a plan for whoever may read its page: the whole plan as Excel, the activity table as CSV, and the
 * blank workbook whose activities the import reads.
 */
@Controller
@RequestMapping(PlanAddress.PATH)
class PlanExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PlanExportService exports;
    private final MessageSource messages;

    PlanExportController(PlanExportService exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> workbook(PlanAddress address, Locale locale) {
        ExportTexts texts = new ExportTexts(messages, locale);
        PlanExport plan = exports.plan(address, texts);
        return download(DownloadName.of(plan.header(), "xlsx"), XLSX, new PlanWorkbook(plan, texts).toBytes());
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> activities(PlanAddress address, Locale locale) {
        ExportTexts texts = new ExportTexts(messages, locale);
        PlanExport plan = exports.plan(address, texts);
        return download(DownloadName.of(plan.header(), "csv"), CSV, new ActivityCsv(plan, texts).toBytes());
    }

    /** The blank workbook for typing a plan's activities and importing them: headers, themes and objectives. */
    @GetMapping("/importsjabloon.xlsx")
    ResponseEntity<byte[]> importTemplate(PlanAddress address, Locale locale) {
        ExportTexts texts = new ExportTexts(messages, locale);
        ImportTemplate template = exports.template(address);
        return download(
                DownloadName.of(template.header(), texts.get("import.template.file-name"), "xlsx"),
                XLSX,
                new ImportTemplateWorkbook(template, texts).toBytes());
    }

    private static ResponseEntity<byte[]> download(DownloadName name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition())
                .body(body);
    }
}
