package nl.ivbplanner.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation page: every activity of an adopted plan with its verdict, saved row by row. With htmx a save
 * replaces only its own row, so what the user typed in other rows stays; without JavaScript the page reloads.
 */
@Controller
@RequestMapping(PlanAddress.PATH + "/evaluatie")
class EvaluationController {

    private static final String PAGE = "evaluation/page";

    private final EvaluationService evaluation;
    private final MessageSource messages;

    EvaluationController(EvaluationService evaluation, MessageSource messages) {
        this.evaluation = evaluation;
        this.messages = messages;
    }

    /** The moment of every page and row, from {@code ?moment=eindejaar|tussentijds}. */
    @ModelAttribute("moment")
    EvaluationMoment moment(@RequestParam(name = "moment", defaultValue = "eindejaar") String moment) {
        return EvaluationMoment.ofParam(moment);
    }

    @GetMapping
    String page(
            PlanAddress plan, @ModelAttribute(name = "moment", binding = false) EvaluationMoment moment, Model model) {
        return show(evaluation.page(plan, moment), null, model);
    }

    /** The progress line alone: htmx reloads it after every saved row. */
    @GetMapping("/voortgang")
    String progress(
            PlanAddress plan, @ModelAttribute(name = "moment", binding = false) EvaluationMoment moment, Model model) {
        model.addAttribute("page", evaluation.page(plan, moment));
        return PAGE + " :: progress";
    }

    @PostMapping("/{activity}")
    String save(
            PlanAddress plan,
            @PathVariable long activity,
            @ModelAttribute(name = "moment", binding = false) EvaluationMoment moment,
            @Valid @ModelAttribute("form") EvaluationForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        VerdictAddress address = new VerdictAddress(plan, moment, activity);
        boolean saved =
                FormSubmission.succeeded(errors, model, "evaluation.conflict", () -> evaluation.save(address, form));
        if (saved && htmx == null) {
            redirect.addFlashAttribute("message", "evaluation.saved");
            return "redirect:" + address.url();
        }
        EvaluationService.EvaluationRow stored = evaluation.row(address);
        VerdictRowView row;
        if (saved) {
            response.setHeader("HX-Trigger", "verdict-saved");
            row = VerdictRowView.saved(stored.row());
        } else if (model.getAttribute("stored") instanceof VerdictRow colleagues) {
            row = VerdictRowView.conflict(colleagues, form);
        } else {
            row = VerdictRowView.failed(stored.row(), form, fieldMessages(errors));
        }
        if (htmx != null) {
            model.addAttribute("legend", stored.legend());
            model.addAttribute("r", row);
            return PAGE + " :: row";
        }
        return show(evaluation.page(plan, moment), row, model);
    }

    private String show(EvaluationService.EvaluationPage page, VerdictRowView replacement, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("legend", page.legend());
        model.addAttribute("groups", VerdictRowView.groups(page.rows(), replacement));
        return PAGE;
    }

    private Map<String, String> fieldMessages(BindingResult errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        return byField;
    }
}
