package nl.ivbplanner.mywork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ivbplanner.question.CouncilQuestions;
import nl.ivbplanner.question.OpenQuestion;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.SignedInUser;
import nl.ivbplanner.user.AppUser;
import nl.ivbplanner.user.AppUserRepository;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own work: the activities they answer for, the statuses, verdicts and measurements they still
 * owe, the council's questions waiting for an answer in their municipality, today (to mark what is overdue), and
 * whether they get reminders by e-mail.
 */
@Service
class MyWorkService {

    private final MyWorkQueries queries;
    private final DueWork due;
    private final AppUserRepository users;
    private final CouncilQuestions questions;
    private final MunicipalityAccess access;
    private final Clock clock;

    MyWorkService(
            MyWorkQueries queries,
            DueWork due,
            AppUserRepository users,
            CouncilQuestions questions,
            MunicipalityAccess access,
            Clock clock) {
        this.queries = queries;
        this.due = due;
        this.users = users;
        this.questions = questions;
        this.access = access;
        this.clock = clock;
    }

    /** {@code email} is empty when the account has no address: then no reminder can reach the user. */
    record MyWork(
            List<MyWorkQueries.Item> activities,
            List<DueWork.Item> open,
            List<OpenQuestion> questions,
            LocalDate today,
            boolean remindersOn,
            String email) {}

    @Transactional(readOnly = true)
    MyWork page() {
        AppUser user = signedIn();
        return new MyWork(
                queries.of(user.getId()),
                due.openFor(user.getId()),
                user.getMunicipalityId() == null ? List.of() : questions.openFor(user.getMunicipalityId()),
                LocalDate.now(clock),
                user.isRemindersEnabled(),
                user.getEmail() == null ? "" : user.getEmail().strip());
    }

    @Transactional
    void switchReminders(boolean on) {
        signedIn().switchReminders(on);
    }

    private AppUser signedIn() {
        SignedInUser user = access.currentUser();
        if (user == null) {
            throw new AccessDeniedException("Mijn werk is a signed-in user's page");
        }
        return users.findById(user.id()).orElseThrow(NotFoundException::new);
    }
}
