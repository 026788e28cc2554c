package nl.ivbplanner.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ivbplanner.activity.PartnerRole;

/** A partner to add to an activity: one from the list, or a new organisation by name; its role; how the plan names it. */
public record PartnerLinkForm(
        @Pattern(regexp = "\\d{0,18}", message = "{partners.form.partner.unknown}")
        String partner,

        @Size(max = 200, message = "{form.too-long}") String nieuweOrganisatie,

        @NotBlank(message = "{partners.form.role.required}")
        @Pattern(regexp = "TREKKER|REGIE|BETROKKEN", message = "{partners.form.role.required}")
        String rol,

        @Size(max = 300, message = "{form.too-long}") String benaming) {

    static PartnerLinkForm empty() {
        return new PartnerLinkForm(null, null, PartnerRole.BETROKKEN.name(), null);
    }

    public boolean choseFromList() {
        return partner != null && !partner.isBlank();
    }

    public boolean namedNewOrganisation() {
        return nieuweOrganisatie != null && !nieuweOrganisatie.isBlank();
    }

    public long partnerId() {
        return Long.parseLong(partner);
    }

    public String newName() {
        return nieuweOrganisatie.strip().replaceAll("\\s+", " ");
    }

    public PartnerRole role() {
        return PartnerRole.valueOf(rol);
    }

    public String wording() {
        return benaming == null || benaming.isBlank() ? null : benaming.strip();
    }
}
