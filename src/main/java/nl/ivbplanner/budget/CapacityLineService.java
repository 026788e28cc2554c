package nl.ivbplanner.budget;

import java.util.List;
import java.util.Objects;
import nl.ivbplanner.common.FieldProblem;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.common.EditConflictException;
import nl.ivbplanner.common.Positions;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lines of a concept plan's formation tables: adding, editing, ordering and removing them. */
@Service
class CapacityLineService {

    private final EditablePlans plans;
    private final CapacityTableRepository tables;
    private final CapacityLineRepository lines;

    CapacityLineService(EditablePlans plans, CapacityTableRepository tables, CapacityLineRepository lines) {
        this.plans = plans;
        this.tables = tables;
        this.lines = lines;
    }

    /** What the form for a new line in the table needs. */
    @Transactional(readOnly = true)
    LineContext newLine(String municipalitySlug, String frameworkSlug, int year, long tableId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        CapacityTable table = findTable(plan, tableId);
        return new LineContext(plan.getTitle(), table.getTitle(), CapacityLineForm.NEW, totalLines(table, null));
    }

    /** What the form for a stored line needs, with the line as stored. */
    @Transactional(readOnly = true)
    LineContext line(String municipalitySlug, String frameworkSlug, int year, long lineId) {
        ExecutionPlan plan = plans.require(municipalitySlug, frameworkSlug, year);
        CapacityLine line = findLine(plan, lineId);
        return new LineContext(plan.getTitle(), line.getCapacityTable().getTitle(), CapacityLineForm.of(line),
                totalLines(line.getCapacityTable(), line));
    }

    /** Adds a line at the end of the table; returns its id. */
    @Transactional
    long add(String municipalitySlug, String frameworkSlug, int year, long tableId, CapacityLineForm form) {
        CapacityTable table = findTable(plans.require(municipalitySlug, frameworkSlug, year), tableId);
        requireTotalLine(table, null, form);
        return lines.save(CapacityLine.addTo(table, lines.nextPosition(table), form.toContent(CapacityLineForm.NEW))).getId();
    }

    @Transactional
    void save(String municipalitySlug, String frameworkSlug, int year, long lineId, CapacityLineForm form) {
        CapacityLine line = findLine(plans.require(municipalitySlug, frameworkSlug, year), lineId);
        if (!Objects.equals(form.version(), line.getVersion())) {
            throw new EditConflictException(CapacityLineForm.of(line));
        }
        requireTotalLine(line.getCapacityTable(), line, form);
        line.revise(form.toContent(CapacityLineForm.of(line)));
    }

    @Transactional
    void delete(String municipalitySlug, String frameworkSlug, int year, long lineId) {
        CapacityLine line = findLine(plans.require(municipalitySlug, frameworkSlug, year), lineId);
        // the parts of a deleted total line count on their own from now on, and their history says so
        lines.findByCapacityTableOrderByPositionAscIdAsc(line.getCapacityTable()).stream()
                .filter(part -> line.getId().equals(part.getPartOfId())).forEach(CapacityLine::standAlone);
        lines.delete(line);
    }

    /** Moves the line a place up or down within its table. */
    @Transactional
    void move(String municipalitySlug, String frameworkSlug, int year, long lineId, Positions.Direction direction) {
        CapacityLine line = findLine(plans.require(municipalitySlug, frameworkSlug, year), lineId);
        Positions.move(lines.findByCapacityTableOrderByPositionAscIdAsc(line.getCapacityTable()), line, direction);
    }

    /**
     * The lines a line may be part of: lines of the same table that are no part themselves. A line that has parts
     * cannot become a part, so the 'totaal, waarvan' structure stays one level deep.
     */
    private List<TotalLine> totalLines(CapacityTable table, CapacityLine line) {
        List<CapacityLine> all = lines.findByCapacityTableOrderByPositionAscIdAsc(table);
        if (line != null && all.stream().anyMatch(other -> line.getId().equals(other.getPartOfId()))) {
            return List.of();
        }
        return all.stream().filter(other -> other.getPartOfId() == null && (line == null || !other.getId().equals(line.getId())))
                .map(other -> new TotalLine(other.getId(), other.getFunctionName(), other.getOrganisation())).toList();
    }

    /** A part belongs to a total line of its own table and of the same organisation. */
    private void requireTotalLine(CapacityTable table, CapacityLine line, CapacityLineForm form) {
        Long partOfId = form.partOfId();
        if (partOfId == null) {
            return;
        }
        TotalLine total = totalLines(table, line).stream().filter(t -> t.id() == partOfId).findFirst()
                .orElseThrow(() -> new InvalidFormException(
                        List.of(new FieldProblem("onderdeelVan", "capacity.line.part-of.unknown"))));
        if (total.organisation() != form.organisation()) {
            throw new InvalidFormException(List.of(new FieldProblem("onderdeelVan", "capacity.line.part-of.organisation")));
        }
    }

    private CapacityTable findTable(ExecutionPlan plan, long tableId) {
        return tables.findByIdAndPlanId(tableId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    private CapacityLine findLine(ExecutionPlan plan, long lineId) {
        return lines.findInPlan(lineId, plan.getId()).orElseThrow(NotFoundException::new);
    }

    /** The form's surroundings: the plan, the table the line is in, the stored line, the lines it may be part of. */
    record LineContext(String planTitle, String tableTitle, CapacityLineForm stored, List<TotalLine> totals) {

        /** The function of the total line a form names, to show a colleague's stored choice. */
        public String totalLabel(String lineId) {
            return totals.stream().filter(t -> String.valueOf(t.id()).equals(lineId)).map(TotalLine::functionName)
                    .findFirst().orElse(null);
        }
    }

    /** A line that may hold others ('Formatie (totaal, waaronder…)'), as the form offers it. */
    record TotalLine(long id, String functionName, CapacityOrganisation organisation) {
    }
}
