package nl.ivbplanner.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.ivbplanner.common.DeleteRefusedException;
import nl.ivbplanner.common.Positions.Direction;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a list that users edit row by row, written once: the list, a form to add a row (at {@code /nieuw})
 * and to edit one ({@code /{id}/bewerken}), a confirmation to delete one ({@code /{id}/verwijderen}) and
 * Omhoog/Omlaag. A subclass is a {@code @Controller} mapped on the list's address that names its {@link Pages};
 * its {@link ListEditor} does the work. A is the address type the path binds to, F the form of one row.
 */
public abstract class ListEditorController<A, F> {

    private final ListEditor<A, F> editor;
    private final Pages pages;

    protected ListEditorController(ListEditor<A, F> editor, Pages pages) {
        this.editor = editor;
        this.pages = pages;
    }

    /**
     * Where an editor's pages are. {@code list} is the list's path template (redirects expand its variables),
     * {@code folder} and {@code thing} name the views ({@code folder/things}, {@code folder/thing-form},
     * {@code folder/thing-delete}), {@code anchor} prefixes a row's element id, and {@code messages} prefixes the
     * message keys ({@code .added}, {@code .saved}, {@code .deleted}, {@code .form.concurrent-edit}).
     */
    public record Pages(String list, String folder, String thing, String anchor, String messages) {

        String listView() {
            return folder + "/" + thing + "s";
        }

        String formView() {
            return folder + "/" + thing + "-form";
        }

        String deleteView() {
            return folder + "/" + thing + "-delete";
        }

        /** Back to the row, so keyboard and screen-reader users keep their place in the list. */
        String backToRow() {
            return "redirect:" + list + "#" + anchor + "{id}";
        }
    }

    @GetMapping
    public String list(A address, Model model) {
        model.addAttribute("page", editor.page(address));
        return pages.listView();
    }

    /** 'Subthema toevoegen' passes the row to add under as 'hoofdthema'. */
    @GetMapping("/nieuw")
    public String newForm(A address, @RequestParam(name = "hoofdthema", required = false) Long parentId, Model model) {
        model.addAttribute("choices", editor.choices(address));
        model.addAttribute("form", editor.emptyForm(parentId));
        return pages.formView();
    }

    @PostMapping("/nieuw")
    public String add(
            A address,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(
                errors, model, conflictKey(), () -> redirect.addAttribute("id", editor.add(address, form)))) {
            model.addAttribute("choices", editor.choices(address));
            return pages.formView();
        }
        redirect.addFlashAttribute("message", pages.messages() + ".added");
        return pages.backToRow();
    }

    @GetMapping("/{id}/bewerken")
    public String editForm(A address, @PathVariable long id, Model model) {
        model.addAttribute("choices", editor.choices(address));
        model.addAttribute("form", editor.form(address, id));
        model.addAttribute("id", id);
        return pages.formView();
    }

    @PostMapping("/{id}/bewerken")
    public String save(
            A address,
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.succeeded(errors, model, conflictKey(), () -> editor.save(address, id, form))) {
            model.addAttribute("choices", editor.choices(address));
            model.addAttribute("id", id);
            return pages.formView();
        }
        redirect.addFlashAttribute("message", pages.messages() + ".saved");
        return pages.backToRow();
    }

    @GetMapping("/{id}/verwijderen")
    public String confirmDelete(A address, @PathVariable long id, Model model) {
        model.addAttribute("page", editor.deletePage(address, id));
        model.addAttribute("id", id);
        return pages.deleteView();
    }

    @PostMapping("/{id}/verwijderen")
    public String delete(
            A address, @PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.delete(address, id);
        } catch (DeleteRefusedException refused) {
            // Someone linked the row after the confirmation page was shown: explain instead of deleting.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("page", refused.deletePage());
            model.addAttribute("id", id);
            return pages.deleteView();
        }
        redirect.addFlashAttribute("message", pages.messages() + ".deleted");
        return "redirect:" + pages.list();
    }

    @PostMapping("/{id}/" + DirectionSegment.PATH)
    public String move(
            A address, @PathVariable long id, @PathVariable Direction direction, RedirectAttributes redirect) {
        editor.move(address, id, direction);
        redirect.addFlashAttribute("message", "item.moved");
        return pages.backToRow();
    }

    private String conflictKey() {
        return pages.messages() + ".form.concurrent-edit";
    }
}
