package nl.ivbplanner.account;

import java.util.List;
import nl.ivbplanner.audit.AdminLog;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Who reads which lines of the log: a global administrator all, a municipality's administrator its own. */
@Service
class AdminLogService {

    private final AdminLog log;
    private final MunicipalityAccess access;

    AdminLogService(AdminLog log, MunicipalityAccess access) {
        this.log = log;
        this.access = access;
    }

    List<AdminLog.Entry> newest() {
        SignedInUser user = access.currentUser();
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators read the log");
        }
        return log.newest(user.isGlobalAdmin() ? null : user.municipalityId());
    }
}
