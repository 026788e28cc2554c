package nl.ivbplanner.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.ivbplanner.publication.PublishedFiles;
import nl.ivbplanner.publication.VersionAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A publishing municipality's open data, for anyone: its published plans' activities and its KPIs with their
 * measurements as CSV and JSON, their description as a Data Package, and a page that explains every field. The files
 * are made from the live data on each request (a fixed few statements); a reader who has them gets a 304.
 */
@Controller
class OpenDataController {

    static final String PATH = VersionAddress.PUBLIC + "{municipality:[a-z0-9-]+}/open-data";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OpenDataService openData;
    private final MessageSource messages;

    OpenDataController(OpenDataService openData, MessageSource messages) {
        this.openData = openData;
        this.messages = messages;
    }

    /** The files, and per file what each field means. */
    @GetMapping(PATH)
    String page(@PathVariable String municipality, Model model) {
        model.addAttribute("municipality", openData.municipality(municipality));
        model.addAttribute("files", OpenDataFile.ALL);
        return "opendata/open-data";
    }

    @GetMapping(PATH + "/activiteiten.csv")
    ResponseEntity<byte[]> activitiesCsv(@PathVariable String municipality) {
        Table<ActivityRecord> table = openData.activities(municipality);
        return download(table.municipality(), table.file().csv(), CSV, table.csv());
    }

    @GetMapping(PATH + "/activiteiten.json")
    ResponseEntity<byte[]> activitiesJson(@PathVariable String municipality) {
        Table<ActivityRecord> table = openData.activities(municipality);
        return download(table.municipality(), table.file().json(), MediaType.APPLICATION_JSON, table.json());
    }

    @GetMapping(PATH + "/kpis.csv")
    ResponseEntity<byte[]> kpisCsv(@PathVariable String municipality) {
        Table<KpiRow> table = openData.kpis(municipality);
        return download(table.municipality(), table.file().csv(), CSV, table.csv());
    }

    @GetMapping(PATH + "/kpis.json")
    ResponseEntity<byte[]> kpisJson(@PathVariable String municipality) {
        Table<KpiRow> table = openData.kpis(municipality);
        return download(table.municipality(), table.file().json(), MediaType.APPLICATION_JSON, table.json());
    }

    @GetMapping(PATH + "/datapackage.json")
    ResponseEntity<byte[]> dataPackage(@PathVariable String municipality) {
        PublishingMunicipality publishing = openData.municipality(municipality);
        return download(
                publishing, "datapackage.json", MediaType.APPLICATION_JSON, DataPackage.of(publishing, messages));
    }

    /**
     * Saved as 'wassenaar-activiteiten.csv', so files of two municipalities do not overwrite each other. The body's
     * SHA-256 is its strong ETag: Spring answers a matching If-None-Match with a 304 without the body. Anyone may
     * keep the file, and asks again after five minutes, as for a public document's current version.
     */
    private static ResponseEntity<byte[]> download(
            PublishingMunicipality municipality, String name, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .eTag("\"" + sha256(body) + "\"")
                .cacheControl(PublishedFiles.Reading.CURRENT_PUBLIC.cacheControl())
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(municipality.slug() + "-" + name)
                                .build()
                                .toString())
                .body(body);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
