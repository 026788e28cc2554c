package nl.ivbplanner.narrative;

import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.web.ListEditorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The texts page of a concept framework: the same pages as a plan's, on the framework's own sections. */
@Controller
@RequestMapping(FrameworkSectionsController.TEXTS)
class FrameworkSectionsController extends ListEditorController<FrameworkAddress, SectionForm> {

    static final String TEXTS = FrameworkAddress.PATH + "/teksten";

    FrameworkSectionsController(FrameworkSections narrative) {
        super(narrative, new Pages(TEXTS, "narrative", "section", "tekst-", "narrative"));
    }

    /** For the pages' links, form actions and the words that name the framework. */
    @ModelAttribute("sectionsOwner")
    SectionsAddress sectionsOwner(FrameworkAddress address) {
        return new SectionsAddress(address, SectionOwner.Kind.FRAMEWORK);
    }
}
