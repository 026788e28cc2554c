package nl.ivbplanner.framework;

import nl.ivbplanner.common.StateConflictException;
import nl.ivbplanner.municipality.Municipality;
import nl.ivbplanner.municipality.MunicipalityRepository;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into a framework for changing its own texts (its fields, its narrative sections): the user must have
 * the permission in the framework's municipality (else 403), the framework must exist there (else 404) and still be
 * a concept (else 409): after the council adopted it, it is read-only, as an adopted plan is.
 */
@Service
public class EditableFrameworks {

    private final MunicipalityRepository municipalities;
    private final PolicyFrameworkRepository frameworks;
    private final MunicipalityAccess access;

    EditableFrameworks(
            MunicipalityRepository municipalities, PolicyFrameworkRepository frameworks, MunicipalityAccess access) {
        this.municipalities = municipalities;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** For those who write the municipality's plans, and so its frameworks. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PolicyFramework require(FrameworkAddress address) {
        return concept(address, Permission.EDIT_PLANS);
    }

    /** Read with a lock in a writing transaction, so concurrent changes to one framework queue up. */
    PolicyFramework concept(FrameworkAddress address, Permission permission) {
        Municipality municipality = municipality(address.municipality(), permission);
        PolicyFramework framework = frameworks
                .findByMunicipalityIdAndSlugForChanges(municipality.getId(), address.framework())
                .orElseThrow(NotFoundException::new);
        if (!framework.getState().isEditable()) {
            throw new StateConflictException("framework.admin.not-concept");
        }
        return framework;
    }

    Municipality municipality(String slug, Permission permission) {
        Municipality municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        access.require(permission, municipality.getId());
        return municipality;
    }
}
