package nl.ivbplanner.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation page: every activity of an adopted plan with its verdict, saved row by row. With htmx a save
 * replaces only its own row, so what the user typed in other rows stays; without JavaScript the page reloads.
 */
@Controller
@RequestMapping("/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/evaluatie")
class EvaluationController {

    private static final String PAGE = "evaluation/page";

    private final EvaluationService evaluation;
    private final MessageSource messages;

    EvaluationController(EvaluationService evaluation, MessageSource messages) {
        this.evaluation = evaluation;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @RequestParam(defaultValue = "eindejaar") String moment, Model model) {
        return show(evaluation.page(municipality, framework, year, moment(moment)), null, model);
    }

    /** The progress line alone: htmx reloads it after every saved row. */
    @GetMapping("/voortgang")
    String progress(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @RequestParam(defaultValue = "eindejaar") String moment, Model model) {
        model.addAttribute("page", evaluation.page(municipality, framework, year, moment(moment)));
        return PAGE + " :: progress";
    }

    @PostMapping("/{activity}")
    String save(@PathVariable String municipality, @PathVariable String framework, @PathVariable int year,
            @PathVariable long activity, @RequestParam(defaultValue = "eindejaar") String moment,
            @Valid @ModelAttribute("form") EvaluationForm form, BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        EvaluationMoment at = moment(moment);
        if (!errors.hasFieldErrors("oordeel") && form.lacksRequiredResult()) {
            errors.rejectValue("resultaat", "evaluation.form.result.required");
        }
        VerdictRowView row;
        if (errors.hasErrors()) {
            row = VerdictRowView.failed(evaluation.row(municipality, framework, year, at, activity), form, messages(errors, locale));
        } else {
            try {
                VerdictRowView saved = VerdictRowView.saved(evaluation.save(municipality, framework, year, at, activity, form));
                if (htmx == null) {
                    redirect.addFlashAttribute("message", "evaluation.saved");
                    return "redirect:/gemeenten/{municipality}/kaders/{framework}/plannen/{year}/evaluatie?moment=" + moment
                            + "#rij-" + activity;
                }
                response.setHeader("HX-Trigger", "verdict-saved");
                row = saved;
            } catch (StaleVerdictException stale) {
                row = VerdictRowView.conflict(stale.stored(), form);
            }
        }
        EvaluationService.EvaluationPage page = evaluation.page(municipality, framework, year, at);
        if (htmx != null) {
            model.addAttribute("page", page);
            model.addAttribute("r", row);
            return PAGE + " :: row";
        }
        return show(page, row, model);
    }

    private String show(EvaluationService.EvaluationPage page, VerdictRowView replacement, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("groups", VerdictRowView.groups(page.rows(), replacement));
        return PAGE;
    }

    private Map<String, String> messages(BindingResult errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return byField;
    }

    private static EvaluationMoment moment(String name) {
        return switch (name) {
            case "eindejaar" -> EvaluationMoment.YEAR_END;
            case "tussentijds" -> EvaluationMoment.INTERIM;
            default -> throw new NotFoundException();
        };
    }

    @ExceptionHandler(EvaluationClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notOpen(Model model) {
        model.addAttribute("reason", "evaluation.not-open");
        return "error/409";
    }
}
