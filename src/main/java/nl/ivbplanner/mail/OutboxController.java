package nl.ivbplanner.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 'Uitgaande e-mail': what the app sent or would have sent, for administrators. */
@Controller
class OutboxController {

    private final OutboxService outbox;

    OutboxController(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/beheer/uitgaande-mail")
    String page(Model model) {
        model.addAttribute("page", outbox.page());
        return "mail/outbox";
    }
}
