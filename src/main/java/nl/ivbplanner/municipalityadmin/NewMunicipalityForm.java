package nl.ivbplanner.municipalityadmin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import nl.ivbplanner.municipality.MunicipalityDetails;

/**
 * A municipality as a global administrator creates it: the word in its addresses ({@code webnaam}, fixed from then
 * on), its name, CBS code and safety region. The patterns are the database's checks, so no input reaches it unchecked.
 */
record NewMunicipalityForm(
        @NotBlank(message = "{municipality.admin.name.required}") @Size(max = 120, message = "{form.too-long}")
        String naam,

        @NotBlank(message = "{municipality.admin.slug.required}")
        @Size(max = 80, message = "{form.too-long}")
        @Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*", message = "{municipality.admin.slug.format}")
        String webnaam,

        @NotBlank(message = "{municipality.admin.cbs.required}")
        @Pattern(regexp = MunicipalityForm.CBS_CODE, message = "{municipality.admin.cbs.format}")
        String cbscode,

        @NotBlank(message = "{municipality.admin.region.required}") @Size(max = 120, message = "{form.too-long}")
        String veiligheidsregio) {

    static NewMunicipalityForm empty() {
        return new NewMunicipalityForm(null, null, null, null);
    }

    String slug() {
        return webnaam.strip();
    }

    MunicipalityDetails details() {
        return new MunicipalityDetails(
                naam.strip(), cbscode.strip().toUpperCase(Locale.ROOT), veiligheidsregio.strip());
    }
}
