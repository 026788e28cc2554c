package nl.ivbplanner.municipalityadmin;

import jakarta.validation.Valid;
import nl.ivbplanner.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Administration of municipalities: creating one is not about any municipality yet, so it lives under
 * {@code /beheer}; what concerns one municipality is addressed below it, as its legend is.
 */
@Controller
class MunicipalityAdminController {

    static final String NEW = "/beheer/gemeenten/nieuw";
    private static final String DETAILS = "/gemeenten/{municipality}/gegevens";
    private static final String PUBLICATION = "/gemeenten/{municipality}/publicatie";

    private static final String FORM = "municipalityadmin/municipality-form";
    private static final String PUBLICATION_FORM = "municipalityadmin/publication";

    private final MunicipalityAdminService admin;

    MunicipalityAdminController(MunicipalityAdminService admin) {
        this.admin = admin;
    }

    @GetMapping(NEW)
    String newForm(Model model) {
        model.addAttribute("form", NewMunicipalityForm.empty());
        return newPage(model);
    }

    @PostMapping(NEW)
    String create(
            @Valid @ModelAttribute("form") NewMunicipalityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String[] created = new String[1];
        if (!FormSubmission.succeeded(errors, model, null, () -> created[0] = admin.create(form))) {
            return newPage(model);
        }
        redirect.addFlashAttribute("message", "municipality.admin.created");
        return "redirect:" + municipalityUrl(created[0]);
    }

    @GetMapping(DETAILS)
    String detailsForm(@PathVariable String municipality, Model model) {
        MunicipalityAdminService.Page<MunicipalityForm> page = admin.details(municipality);
        model.addAttribute("form", page.form());
        return detailsPage(municipality, page.municipalityName(), model);
    }

    @PostMapping(DETAILS)
    String revise(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") MunicipalityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String name = admin.details(municipality).municipalityName();
        if (!FormSubmission.succeeded(
                errors, model, "municipality.admin.concurrent-edit", () -> admin.revise(municipality, form))) {
            return detailsPage(municipality, name, model);
        }
        redirect.addFlashAttribute("message", "municipality.admin.saved");
        return "redirect:" + municipalityUrl(municipality);
    }

    @GetMapping(PUBLICATION)
    String publicationForm(@PathVariable String municipality, Model model) {
        MunicipalityAdminService.Page<PublicationForm> page = admin.publication(municipality);
        model.addAttribute("form", page.form());
        return publicationPage(municipality, page.municipalityName(), model);
    }

    @PostMapping(PUBLICATION)
    String switchPublication(
            @PathVariable String municipality,
            @Valid @ModelAttribute("form") PublicationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String name = admin.publication(municipality).municipalityName();
        if (!FormSubmission.succeeded(
                errors,
                model,
                "municipality.publication.concurrent-edit",
                () -> admin.switchPublication(municipality, form))) {
            return publicationPage(municipality, name, model);
        }
        redirect.addFlashAttribute(
                "message", form.publicly() ? "municipality.publication.on" : "municipality.publication.off");
        return "redirect:" + municipalityUrl(municipality);
    }

    private String newPage(Model model) {
        model.addAttribute("regions", admin.safetyRegions());
        model.addAttribute("creating", true);
        model.addAttribute("action", NEW);
        model.addAttribute("back", "/");
        return FORM;
    }

    private String detailsPage(String municipality, String name, Model model) {
        model.addAttribute("regions", admin.safetyRegions());
        model.addAttribute("creating", false);
        model.addAttribute("municipalityName", name);
        model.addAttribute("action", municipalityUrl(municipality) + "/gegevens");
        model.addAttribute("back", municipalityUrl(municipality));
        return FORM;
    }

    private String publicationPage(String municipality, String name, Model model) {
        model.addAttribute("municipalityName", name);
        model.addAttribute("action", municipalityUrl(municipality) + "/publicatie");
        model.addAttribute("back", municipalityUrl(municipality));
        return PUBLICATION_FORM;
    }

    /** Encoded, as the municipality switcher builds it: a slug is checked, but the path variable of a GET is not. */
    private static String municipalityUrl(String slug) {
        return UriComponentsBuilder.fromPath("/gemeenten/{slug}")
                .buildAndExpand(slug)
                .encode()
                .toUriString();
    }
}
