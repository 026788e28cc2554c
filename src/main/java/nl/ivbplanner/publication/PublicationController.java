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

    private static final String PUBLIC_PLAN =
            VersionAddress.PUBLIC + "{municipality}/kaders/{framework:[a-z0-9-]+}/plannen/{year:\\d{4}}";
    private static final String NUMBER = "/versies/{number:\\d{1,6}}";
    private static final String PUBLIC_VERSION = PUBLIC_PLAN + NUMBER;
    private static final String VERSION = PlanAddress.PATH + NUMBER;
    private static final String PUBLIC_VERANTWOORDING = PUBLIC_PLAN + "/verantwoording" + NUMBER;
    private static final String VERANTWOORDING = PlanAddress.PATH + "/verantwoording" + NUMBER;

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

    @GetMapping({
        PUBLIC_VERSION, PUBLIC_VERSION + ".pdf", PUBLIC_VERSION + ".docx",
        VERSION, VERSION + ".pdf", VERSION + ".docx",
        PUBLIC_VERANTWOORDING, PUBLIC_VERANTWOORDING + ".pdf", PUBLIC_VERANTWOORDING + ".docx",
        VERANTWOORDING, VERANTWOORDING + ".pdf", VERANTWOORDING + ".docx"
    })
    ResponseEntity<byte[]> file(PlanAddress plan, @PathVariable int number, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signedInAddress = !path.startsWith(VersionAddress.PUBLIC);
        DocumentType document =
                path.contains(DocumentType.VERANTWOORDING.path + NUMBER.substring(0, "/versies/".length()))
                        ? DocumentType.VERANTWOORDING
                        : DocumentType.REPORT;
        StoredVersion version = publications.version(
                new VersionAddress(plan, document, number), signedInAddress ? Audience.COUNCIL : Audience.PUBLIC);
        return files.response(
                version,
                PublishedFile.of(request),
                signedInAddress ? PublishedFiles.Reading.VERSION_SIGNED_IN : PublishedFiles.Reading.version(version),
                request);
    }
}
