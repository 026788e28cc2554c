package nl.ivbplanner.question;

import jakarta.validation.Valid;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's list of council questions (open first), and answering one or correcting its answer. */
@Controller
class AnswerQuestionController {

    private static final String FORM = "question/answer-form";

    private final QuestionService questions;

    AnswerQuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping(QuestionAddresses.LIST)
    String list(@PathVariable String municipality, Model model) {
        model.addAttribute("page", questions.ofMunicipality(municipality));
        return "question/questions";
    }

    @GetMapping(QuestionAddresses.ANSWER)
    String form(@PathVariable String municipality, @PathVariable long id, Model model) {
        QuestionRow question = questions.toAnswer(municipality, id);
        model.addAttribute("question", question);
        model.addAttribute("form", AnswerForm.of(question.answer(), question.version()));
        return FORM;
    }

    @PostMapping(QuestionAddresses.ANSWER)
    String answer(
            @PathVariable String municipality,
            @PathVariable long id,
            @Valid @ModelAttribute("form") AnswerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        QuestionRow question = questions.toAnswer(municipality, id);
        if (!FormSubmission.succeeded(
                errors, model, "question.answer.concurrent", () -> questions.answer(municipality, id, form))) {
            model.addAttribute("question", question);
            return FORM;
        }
        redirect.addFlashAttribute("message", "question.answered");
        return "redirect:" + QuestionAddresses.list(municipality) + "#" + question.anchor();
    }
}
