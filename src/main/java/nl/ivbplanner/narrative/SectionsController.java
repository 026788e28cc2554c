package nl.ivbplanner.narrative;

import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.ListEditorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The texts page of a concept plan: adding a section at a chosen place, editing, deleting and reordering. */
@Controller
@RequestMapping(SectionsController.TEXTS)
class SectionsController extends ListEditorController<PlanAddress, SectionForm> {

    static final String TEXTS = PlanAddress.PATH + "/teksten";

    SectionsController(NarrativeService narrative) {
        super(narrative, new Pages(TEXTS, "narrative", "section", "tekst-", "narrative"));
    }
}
