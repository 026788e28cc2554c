package nl.ivbplanner.municipalityadmin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityDetails;

/** A municipality's name, CBS code and safety region as a global administrator corrects them, with the version seen. */
record MunicipalityForm(
        @NotBlank(message = "{municipality.admin.name.required}") @Size(max = 120, message = "{form.too-long}")
        String naam,

        @NotBlank(message = "{municipality.admin.cbs.required}")
        @Pattern(regexp = CBS_CODE, message = "{municipality.admin.cbs.format}")
        String cbscode,

        @NotBlank(message = "{municipality.admin.region.required}") @Size(max = 120, message = "{form.too-long}")
        String veiligheidsregio,

        Long version) {

    /**
     * GM and four digits (the CBS's municipality code); lower case and spaces around it are forgiven. A blank one
     * passes here so that only the 'required' message is shown for it.
     */
    static final String CBS_CODE = "\\s*([Gg][Mm][0-9]{4})?\\s*";

    static MunicipalityForm of(Municipality municipality) {
        return new MunicipalityForm(
                municipality.getName(),
                municipality.getCbsCode(),
                municipality.getSafetyRegion(),
                municipality.getVersion());
    }

    MunicipalityDetails details() {
        return new MunicipalityDetails(
                naam.strip(), cbscode.strip().toUpperCase(Locale.ROOT), veiligheidsregio.strip());
    }
}
