package nl.ivbplanner.planview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ivbplanner.formation.FormationQueries;
import nl.ivbplanner.kpi.KpiFiguresQueries;
import nl.ivbplanner.partner.ActivityOrganisation;
import nl.ivbplanner.partner.PartnerMention;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanViewService {

    private final PlanViewQueries queries;
    private final KpiFiguresQueries kpis;
    private final FormationQueries formation;
    private final MunicipalityAccess access;

    PlanViewService(PlanViewQueries queries, KpiFiguresQueries kpis, FormationQueries formation,
            MunicipalityAccess access) {
        this.queries = queries;
        this.kpis = kpis;
        this.formation = formation;
        this.access = access;
    }

    /** A plan as its municipality's staff, or (once adopted) its council members, may read it. */
    @Transactional(readOnly = true)
    PlanView plan(String municipalitySlug, String frameworkSlug, int year, PlanFilter filter) {
        PlanHeader header = queries.header(municipalitySlug, frameworkSlug, year).orElseThrow(NotFoundException::new);
        access.require(header.concept() ? Permission.VIEW_CONCEPTS : Permission.VIEW, header.municipalityId());
        List<BudgetRow> budget = queries.budget(PlanViewQueries.Owner.PLAN, header.planId());
        List<ThemeRow> themes = queries.themes(header.frameworkId());
        boolean writer = access.may(Permission.EDIT_PLANS, header.municipalityId());
        return new PlanView(header, queries.sections(PlanViewQueries.Owner.PLAN, header.planId()),
                themeTables(themes, queries.activities(PlanViewQueries.Owner.PLAN, header.planId(), filter),
                        queries.partnerMentions(PlanViewQueries.Owner.PLAN, header.planId())),
                kpis.ofPlan(header.planId()),
                tables(budget, BudgetRow::tableId, BudgetRow::tableTitle, BudgetRow::printedTotalCents),
                formation.ofPlan(header.planId()),
                queries.legend(header.municipalityId()).stream()
                        .collect(Collectors.toMap(LegendRow::status, Function.identity())),
                themes, queries.partners(header.planId()), access.may(Permission.ADOPT_PLANS, header.municipalityId()),
                writer, header.concept() && writer,
                queries.stateChanges(header.planId()));
    }

    /**
     * The activities per main theme, in the order the query gives them (the document's); consecutive activities of
     * one theme and objective form a group under that objective.
     */
    static List<PlanView.ThemeTable> themeTables(List<ThemeRow> themes, List<ActivityRow> activities,
            List<PartnerMention> partners) {
        Map<Long, ThemeRow> byId = themes.stream().collect(Collectors.toMap(ThemeRow::id, Function.identity()));
        Map<Long, List<ActivityOrganisation>> organisations = ActivityOrganisation.perActivity(partners);
        Map<Long, List<PlanView.Group>> groupsByMainTheme = new LinkedHashMap<>();
        ActivityRow previous = null;
        for (ActivityRow activity : activities) {
            ThemeRow theme = byId.get(activity.themeId());
            ThemeRow main = mainTheme(theme, byId);
            List<PlanView.Group> groups = groupsByMainTheme.computeIfAbsent(main.id(), id -> new ArrayList<>());
            if (groups.isEmpty() || previous.themeId() != activity.themeId()
                    || !Objects.equals(previous.objectiveId(), activity.objectiveId())) {
                PlanView.Objective objective = activity.objectiveId() == null ? null : new PlanView.Objective(
                        activity.objectiveId(), activity.objectiveNumber(), activity.objectiveText());
                groups.add(new PlanView.Group(objective, new ArrayList<>()));
            }
            String subTheme = theme == main ? null : theme.displayName();
            groups.get(groups.size() - 1).rows()
                    .add(new PlanView.Row(subTheme, activity, organisations.getOrDefault(activity.id(), List.of())));
            previous = activity;
        }
        return themes.stream().filter(t -> groupsByMainTheme.containsKey(t.id()))
                .map(t -> new PlanView.ThemeTable(t, themes.stream().filter(s -> Long.valueOf(t.id()).equals(s.parentId())
                        && s.lead() != null).toList(), groupsByMainTheme.get(t.id()))).toList();
    }

    private static ThemeRow mainTheme(ThemeRow theme, Map<Long, ThemeRow> byId) {
        ThemeRow main = theme;
        while (main.parentId() != null) {
            main = byId.get(main.parentId());
        }
        return main;
    }

    static <T> List<PlanView.Table<T>> tables(List<T> lines, Function<T, Long> tableId,
            Function<T, String> title, Function<T, Long> printedTotal) {
        Map<Long, List<T>> byTable = lines.stream()
                .collect(Collectors.groupingBy(tableId, LinkedHashMap::new, Collectors.toList()));
        return byTable.values().stream()
                .map(rows -> new PlanView.Table<>(title.apply(rows.get(0)), printedTotal.apply(rows.get(0)), rows))
                .toList();
    }
}
