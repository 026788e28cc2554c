package nl.ivbplanner.reminder;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 'Herinneringen nu versturen': today's run at once, for an administrator who changed the moments or tries the app
 * locally; what was announced before is not announced again. The page names the day; a press from a page of another
 * day shows it again and sends nothing.
 */
@Controller
@RequestMapping(ReminderRunController.PATH)
class ReminderRunController {

    static final String PATH = "/beheer/uitgaande-mail/herinneringen";

    private final ReminderRun run;

    ReminderRunController(ReminderRun run) {
        this.run = run;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("today", run.today());
        return "reminder/run";
    }

    @PostMapping
    String remindNow(
            @RequestParam(name = "dag", defaultValue = "") String day, Model model, RedirectAttributes redirect) {
        if (!run.today().toString().equals(day)) {
            model.addAttribute("today", run.today());
            model.addAttribute("otherDay", true);
            return "reminder/run";
        }
        int mails = run.now();
        redirect.addFlashAttribute("message", "reminder.run.done");
        redirect.addFlashAttribute("messageArguments", List.of(mails));
        return "redirect:/beheer/uitgaande-mail";
    }
}
