package nl.ivbplanner.backup;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of backups: the last one, the kept files, a failure, and 'Nu een back-up maken'. */
@Controller
class BackupController {

    private final BackupAdminService service;

    BackupController(BackupAdminService service) {
        this.service = service;
    }

    @GetMapping("/beheer/back-ups")
    String page(Model model) {
        model.addAttribute("page", service.page());
        return "backup/backups";
    }

    /**
     * A backup now. A press from a page that was not current (or a post without the page's version) shows the page
     * again, with what happened meanwhile, and makes nothing.
     */
    @PostMapping("/beheer/back-ups")
    String backUpNow(
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        Optional<BackupRun> run = service.backUpNow(version);
        if (run.isEmpty()) {
            model.addAttribute("page", service.page());
            model.addAttribute("notMade", true);
            return "backup/backups";
        }
        if (run.get().succeeded()) {
            redirect.addFlashAttribute("message", "backup.made");
            redirect.addFlashAttribute("messageArguments", List.of(run.get().fileName()));
        }
        return "redirect:/beheer/back-ups";
    }
}
