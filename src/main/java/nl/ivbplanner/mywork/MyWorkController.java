package nl.ivbplanner.mywork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn werk": the activities, statuses, verdicts and measurements the signed-in user answers for, by date. */
@Controller
class MyWorkController {

    private final MyWorkService work;

    MyWorkController(MyWorkService work) {
        this.work = work;
    }

    @GetMapping("/mijn-werk")
    String myWork(Model model) {
        model.addAttribute("work", work.page());
        return "mywork/my-work";
    }

    /** Reminders by e-mail on ('ja') or off (anything else). */
    @PostMapping("/mijn-werk/herinneringen")
    String switchReminders(@RequestParam(name = "aan", defaultValue = "") String on, RedirectAttributes redirect) {
        boolean wanted = "ja".equals(on);
        work.switchReminders(wanted);
        redirect.addFlashAttribute(
                "message", wanted ? "mywork.reminders.switched-on" : "mywork.reminders.switched-off");
        return "redirect:/mijn-werk#herinneringen";
    }
}
