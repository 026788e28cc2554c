package nl.ivbplanner.reminder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ivbplanner.common.FieldProblem;

/**
 * The reminder settings as typed: 'ja' when reminders are sent, the days ahead, and three days of the year as dd-mm
 * (01-07), as the user saw the settings at {@code version}.
 */
record ReminderSettingsForm(
        String aan,

        @NotBlank(message = "{reminder.settings.days.invalid}")
        @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "{reminder.settings.days.invalid}")
        String dagenVooraf,

        @NotBlank(message = "{reminder.settings.day.format}")
        @Pattern(regexp = DAY, message = "{reminder.settings.day.format}")
        String tussenstand,

        @NotBlank(message = "{reminder.settings.day.format}")
        @Pattern(regexp = DAY, message = "{reminder.settings.day.format}")
        String metingen,

        @NotBlank(message = "{reminder.settings.day.format}")
        @Pattern(regexp = DAY, message = "{reminder.settings.day.format}")
        String eindoordeel,

        @NotNull Long version) {

    private static final String DAY = "\\s*\\d{1,2}-\\d{1,2}\\s*";

    static ReminderSettingsForm of(ReminderSettings settings) {
        ReminderSettings.Moments m = settings.moments();
        return new ReminderSettingsForm(
                m.enabled() ? "ja" : "",
                Integer.toString(m.daysBefore()),
                typed(m.interimStatusDue()),
                typed(m.measurementDue()),
                typed(m.yearEndDue()),
                settings.getVersion());
    }

    /** Days that do not exist (31-04), 29-02 and more than 90 days ahead; call after the patterns held. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (Integer.parseInt(dagenVooraf.strip()) > 90) {
            problems.add(new FieldProblem("dagenVooraf", "reminder.settings.days.invalid"));
        }
        for (String[] field :
                new String[][] {{"tussenstand", tussenstand}, {"metingen", metingen}, {"eindoordeel", eindoordeel}}) {
            Optional<MonthDay> day = day(field[1]);
            if (day.isEmpty()) {
                problems.add(new FieldProblem(field[0], "reminder.settings.day.invalid"));
            } else if (day.get().equals(MonthDay.of(2, 29))) {
                problems.add(new FieldProblem(field[0], "reminder.settings.day.leap"));
            }
        }
        return problems;
    }

    ReminderSettings.Moments moments() {
        return new ReminderSettings.Moments(
                "ja".equals(aan),
                Integer.parseInt(dagenVooraf.strip()),
                day(tussenstand).orElseThrow(),
                day(metingen).orElseThrow(),
                day(eindoordeel).orElseThrow());
    }

    private static String typed(MonthDay day) {
        return "%02d-%02d".formatted(day.getDayOfMonth(), day.getMonthValue());
    }

    private static Optional<MonthDay> day(String typed) {
        String[] parts = typed.strip().split("-");
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
        } catch (RuntimeException notADay) {
            return Optional.empty();
        }
    }
}
