package nl.ivbplanner.narrative;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.ListEditorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The texts page of a concept plan: adding a section at a chosen place, editing, deleting and reordering. */
@Controller
@RequestMapping(SectionsController.TEXTS)
class SectionsController extends ListEditorController<PlanAddress, SectionForm> {

    static final String TEXTS = PlanAddress.PATH + "/teksten";

    SectionsController(PlanSections narrative) {
        super(narrative, new Pages(TEXTS, "narrative", "section", "tekst-", "narrative"));
    }

    /** For the pages' links, form actions and the words that name the plan. */
    @ModelAttribute("sectionsOwner")
    SectionsAddress sectionsOwner(PlanAddress address) {
        return new SectionsAddress(address, SectionOwner.Kind.PLAN);
    }
}
