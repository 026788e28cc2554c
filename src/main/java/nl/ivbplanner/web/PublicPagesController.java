package nl.ivbplanner.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may open: the login page and the accessibility statement (toegankelijkheidsverklaring). */
@Controller
class PublicPagesController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/toegankelijkheid")
    String accessibilityStatement() {
        return "accessibility";
    }
}
