package nl.ivbplanner.framework;

import nl.ivbplanner.web.ListEditorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The themes page of a framework: adding themes and sub-themes, editing, deleting and reordering them. */
@Controller
@RequestMapping(ThemesController.THEMES)
class ThemesController extends ListEditorController<FrameworkAddress, ThemeForm> {

    static final String THEMES = FrameworkAddress.PATH + "/themas";

    ThemesController(ThemeEditService themes) {
        super(themes, new Pages(THEMES, "framework", "theme", "thema-", "theme"));
    }

    /** For the pages' links and form actions. */
    @ModelAttribute("frameworkAddress")
    FrameworkAddress frameworkAddress(FrameworkAddress address) {
        return address;
    }
}
