package nl.ivbplanner.question;

import jakarta.validation.Valid;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.publication.DocumentType;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 'Vraag stellen': a council member's question about a plan's published document; the answers are on the plan page. */
@Controller
@RequestMapping(QuestionAddresses.ASK)
class AskQuestionController {

    private static final String FORM = "question/ask-form";

    private final QuestionService questions;

    AskQuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /** The plan, its documents and the addresses, also when a failed post shows the form again. */
    @ModelAttribute
    void page(PlanAddress plan, Model model) {
        model.addAttribute("page", questions.askPage(plan));
        model.addAttribute("planAddress", plan);
        model.addAttribute("action", QuestionAddresses.ask(plan));
    }

    /** The plan's report is chosen to begin with; an evaluated plan also offers its verantwoording. */
    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new AskForm(DocumentType.REPORT.name(), ""));
        return FORM;
    }

    @PostMapping
    String ask(
            PlanAddress plan,
            @Valid @ModelAttribute("form") AskForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, null, () -> questions.ask(plan, form))) {
            return FORM;
        }
        redirect.addFlashAttribute("message", "question.asked");
        return "redirect:" + plan.url() + "#vragen";
    }
}
