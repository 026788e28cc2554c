package nl.ivbplanner.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The log of administrative actions, newest first. */
@Controller
class AdminLogController {

    private final AdminLogService service;

    AdminLogController(AdminLogService service) {
        this.service = service;
    }

    @GetMapping("/beheer/logboek")
    String log(Model model) {
        model.addAttribute("entries", service.newest());
        return "account/admin-log";
    }
}
