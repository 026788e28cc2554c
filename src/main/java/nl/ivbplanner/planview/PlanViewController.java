package nl.ivbplanner.planview;

import jakarta.validation.Valid;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.PublicationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PlanViewController {

    private final PlanViewService views;
    private final PublicationService publications;

    PlanViewController(PlanViewService views, PublicationService publications) {
        this.views = views;
        this.publications = publications;
    }

    @GetMapping("/gemeenten/{municipality}/activiteiten/{id}")
    String activity(@PathVariable String municipality, @PathVariable long id, Model model) {
        model.addAttribute("view", views.activity(municipality, id));
        return "planview/activity";
    }

    @GetMapping("/gemeenten/{municipality}/kaders/{framework}")
    String framework(@PathVariable String municipality, @PathVariable String framework, Model model) {
        model.addAttribute("view", views.framework(municipality, framework));
        return "planview/framework";
    }

    /** Plan URLs name the framework, because one municipality can have two plans in one year. */
    @GetMapping(PlanAddress.PATH)
    String plan(
            PlanAddress plan,
            @Valid @ModelAttribute("filter") PlanFilter filter,
            BindingResult shownNextToTheFields,
            @RequestParam(name = "volgorde", defaultValue = "false") boolean ordering,
            Model model) {
        PlanView view = views.plan(plan, filter);
        model.addAttribute("view", view);
        // what was published at each decision, newest first: the council's documents of this plan
        model.addAttribute("versions", publications.ofPlan(view.header().planId()));
        // the up and down buttons only when asked for: 84 rows of them make the page heavy to render and to read
        model.addAttribute("ordering", ordering);
        return "planview/plan";
    }
}
