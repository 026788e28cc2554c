package nl.ivbplanner.mywork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn werk": the activities the signed-in user answers for, by deadline. */
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
}
