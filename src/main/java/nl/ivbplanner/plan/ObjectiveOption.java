package nl.ivbplanner.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An objective ('Wat willen we bereiken?') as a choice in a form: the plan's own or the framework's, of one theme. */
public record ObjectiveOption(long id, long themeId, String themeLabel, String number, String text) {

    public String label() {
        return number == null ? text : number + ". " + text;
    }

    /** The objectives of one theme, for an optgroup: only these fit an activity or KPI of that theme. */
    public record Group(long themeId, String themeLabel, List<ObjectiveOption> options) {}

    /** The options, in tree order, grouped per theme. */
    public static List<Group> byTheme(List<ObjectiveOption> options) {
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (ObjectiveOption option : options) {
            groups.computeIfAbsent(option.themeId(), id -> new Group(id, option.themeLabel(), new ArrayList<>()))
                    .options()
                    .add(option);
        }
        return List.copyOf(groups.values());
    }
}
