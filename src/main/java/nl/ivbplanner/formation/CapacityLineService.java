package nl.ivbplanner.formation;

import java.util.List;
import nl.ivbplanner.common.InvalidFormException;
import nl.ivbplanner.plan.EditablePlans;
import nl.ivbplanner.plan.ExecutionPlan;
import nl.ivbplanner.plantables.TableLinesService;
import org.springframework.stereotype.Service;

/** The lines of a concept plan's formation tables: adding, editing, ordering and removing them. */
@Service
class CapacityLineService
        extends TableLinesService<CapacityTable, CapacityLine, CapacityLineForm, CapacityLineContext> {

    CapacityLineService(EditablePlans plans, CapacityTableRepository tables, CapacityLineRepository lines) {
        super(plans, tables, lines);
    }

    @Override
    protected CapacityLineContext context(ExecutionPlan plan, CapacityTable table, CapacityLine line) {
        return new CapacityLineContext(
                plan.getTitle(),
                table.getTitle(),
                line == null ? CapacityLineForm.NEW : form(line),
                totalLines(table, line));
    }

    @Override
    protected CapacityLine createLine(ExecutionPlan plan, CapacityTable table, int position, CapacityLineForm form) {
        requireTotalLine(table, null, form);
        return new CapacityLine(table, position, form.toContent(CapacityLineForm.NEW));
    }

    @Override
    protected void revise(ExecutionPlan plan, CapacityLine line, CapacityLineForm form) {
        requireTotalLine(line.getTable(), line, form);
        line.revise(form.toContent(form(line)));
    }

    @Override
    protected CapacityLineForm form(CapacityLine line) {
        return CapacityLineForm.of(line);
    }

    /** The parts of a deleted total line count on their own from now on, and their history says so. */
    @Override
    protected void beforeDelete(CapacityLine line) {
        linesOf(line.getTable()).stream()
                .filter(part -> line.getId().equals(part.getPartOfId()))
                .forEach(CapacityLine::standAlone);
    }

    /**
     * The lines a line may be part of: lines of the same table that are no part themselves. A line that has parts
     * cannot become a part, so the 'totaal, waarvan' structure stays one level deep.
     */
    private List<TotalLine> totalLines(CapacityTable table, CapacityLine line) {
        List<CapacityLine> all = linesOf(table);
        if (line != null && all.stream().anyMatch(other -> line.getId().equals(other.getPartOfId()))) {
            return List.of();
        }
        return all.stream()
                .filter(other -> other.getPartOfId() == null
                        && (line == null || !other.getId().equals(line.getId())))
                .map(other -> new TotalLine(other.getId(), other.getFunctionName(), other.getOrganisation()))
                .toList();
    }

    /** A part belongs to a total line of its own table and of the same organisation. */
    private void requireTotalLine(CapacityTable table, CapacityLine line, CapacityLineForm form) {
        Long partOfId = form.partOfId();
        if (partOfId == null) {
            return;
        }
        TotalLine total = totalLines(table, line).stream()
                .filter(t -> t.id() == partOfId)
                .findFirst()
                .orElseThrow(() -> new InvalidFormException("onderdeelVan", "capacity.line.part-of.unknown"));
        if (total.organisation() != form.organisation()) {
            throw new InvalidFormException("onderdeelVan", "capacity.line.part-of.organisation");
        }
    }
}
