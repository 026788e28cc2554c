package nl.ivbplanner.planview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.PublicationService;
import nl.ivbplanner.question.CouncilQuestions;
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
    private final PlanContentCache contents;
    private final PublicationService publications;
    private final CouncilQuestions questions;

    PlanViewController(
            PlanViewService views,
            PlanContentCache contents,
            PublicationService publications,
            CouncilQuestions questions) {
        this.views = views;
        this.contents = contents;
        this.publications = publications;
        this.questions = questions;
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
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String version = contents.version(); // before the data is read: see PlanContentCache
        PlanView outline = views.outline(plan);
        model.addAttribute("view", outline);
        // what was published at each decision, newest first: the council's documents of this plan
        model.addAttribute("versions", publications.ofPlan(outline.header().planId()));
        // the council's questions about those documents, with their answers
        model.addAttribute("questions", questions.onPlan(outline.header()));
        // the up and down buttons only when asked for: 84 rows of them make the page heavy to render and to read
        model.addAttribute("ordering", ordering);
        PlanContentCache.Request content =
                new PlanContentCache.Request(outline, filter, () -> views.withContent(outline, filter), model);
        model.addAttribute(
                "planContent",
                // the order buttons are forms with this session's CSRF token: never kept
                ordering || version == null
                        ? contents.uncached(content, locale, request, response)
                        : contents.content(version, content, locale, request, response));
        return "planview/plan";
    }
}
