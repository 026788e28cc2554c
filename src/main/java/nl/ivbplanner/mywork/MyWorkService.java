package nl.ivbplanner.mywork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.security.MunicipalityAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own work: the activities they answer for, and today, to mark those overdue. */
@Service
class MyWorkService {

    private final MyWorkQueries queries;
    private final MunicipalityAccess access;
    private final Clock clock;

    MyWorkService(MyWorkQueries queries, MunicipalityAccess access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    record MyWork(List<MyWorkQueries.Item> activities, LocalDate today) {}

    @Transactional(readOnly = true)
    MyWork page() {
        return new MyWork(queries.of(access.currentUser().id()), LocalDate.now(clock));
    }
}
