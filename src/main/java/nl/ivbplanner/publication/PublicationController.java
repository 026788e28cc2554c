package nl.ivbplanner.publication;

import jakarta.servlet.http.HttpServletRequest;
import nl.ivbplanner.plan.PlanAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Each published version at an address of its own, which never changes: below {@code /openbaar} for everyone who may
 * read it, and below the plan for signed-in readers (never kept by a shared cache, as it sits behind the sign-in).
 */
@Controller
class PublicationController {

    private static final String PUBLIC_VERSION = VersionAddress.PUBLIC
            + "{municipality}/kaders/{framework:[a-z0-9-]+}/plannen/{year:\\d{4}}/versies/{number:\\d{1,6}}";
    private static final String VERSION = PlanAddress.PATH + "/versies/{number:\\d{1,6}}";

    private final PublicationService publications;
    private final PublishedFiles files;

    PublicationController(PublicationService publications, PublishedFiles files) {
        this.publications = publications;
        this.files = files;
    }

    /** A publishing municipality's page for anyone: its frameworks and their published documents. */
    @GetMapping(VersionAddress.PUBLIC + "{municipality:[a-z0-9-]+}")
    String index(@PathVariable String municipality, Model model) {
        model.addAttribute("index", publications.index(municipality));
        return "publication/index";
    }

    @GetMapping({PUBLIC_VERSION, VERSION})
    ResponseEntity<byte[]> html(PlanAddress plan, @PathVariable int number, HttpServletRequest request) {
        return file(plan, number, PublishedFile.HTML, request);
    }

    @GetMapping({PUBLIC_VERSION + ".pdf", VERSION + ".pdf"})
    ResponseEntity<byte[]> pdf(PlanAddress plan, @PathVariable int number, HttpServletRequest request) {
        return file(plan, number, PublishedFile.PDF, request);
    }

    @GetMapping({PUBLIC_VERSION + ".docx", VERSION + ".docx"})
    ResponseEntity<byte[]> docx(PlanAddress plan, @PathVariable int number, HttpServletRequest request) {
        return file(plan, number, PublishedFile.DOCX, request);
    }

    private ResponseEntity<byte[]> file(PlanAddress plan, int number, PublishedFile file, HttpServletRequest request) {
        StoredVersion version = publications.version(plan, number);
        boolean signedInAddress = !request.getRequestURI().startsWith(request.getContextPath() + VersionAddress.PUBLIC);
        return files.response(
                version,
                file,
                signedInAddress ? PublishedFiles.Reading.VERSION_SIGNED_IN : PublishedFiles.Reading.version(version),
                request);
    }
}
