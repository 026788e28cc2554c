package nl.ivbplanner.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.ivbplanner.common.DutchTime;
import nl.ivbplanner.evaluation.LegendEntry;
import nl.ivbplanner.evaluation.LegendQueries;
import nl.ivbplanner.framework.FrameworkAddress;
import nl.ivbplanner.history.ChangeWriter.Reading;
import nl.ivbplanner.history.HistoryQueries.Event;
import nl.ivbplanner.history.HistoryQueries.Selection;
import nl.ivbplanner.plan.PlanAddress;
import nl.ivbplanner.plan.PlanHeader;
import nl.ivbplanner.plan.PlanHeaderQueries;
import nl.ivbplanner.security.MunicipalityAccess;
import nl.ivbplanner.security.Permission;
import nl.ivbplanner.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a plan's or framework's items, from the snapshots Envers keeps: of one item where it is read (an
 * activity, a KPI, a budget line, ...), for whoever may read the item; and of the whole plan, filtered and paged, for
 * its staff only.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    static final int PAGE_SIZE = 50;

    /** Long texts (a chapter's body) are cut in the plan's list; the item's own history shows them whole. */
    private static final int LIST_TEXT_LENGTH = 300;

    private final HistoryQueries queries;
    private final AdoptionMoments adoptions;
    private final ChangeWriter writer;
    private final PlanHeaderQueries headers;
    private final LegendQueries legends;
    private final MunicipalityAccess access;

    HistoryService(
            HistoryQueries queries,
            AdoptionMoments adoptions,
            ChangeWriter writer,
            PlanHeaderQueries headers,
            LegendQueries legends,
            MunicipalityAccess access) {
        this.queries = queries;
        this.adoptions = adoptions;
        this.writer = writer;
        this.headers = headers;
        this.legends = legends;
        this.access = access;
    }

    /**
     * The changes of an activity, its verdicts and its partner links, for a reader the caller let read the activity;
     * verdicts are written with the municipality's legend, which the activity's page has read already.
     */
    public List<HistoryRow> ofActivity(long activityId, long municipalityId, Map<String, LegendEntry> legend) {
        boolean staff = access.may(Permission.VIEW_CONCEPTS, municipalityId);
        return writer.rows(
                HistoryKind.ACTIVITY,
                queries.ofItem(
                        HistoryKind.ACTIVITY, activityId, staff ? null : adoptions.activityAdoptedAt(activityId)),
                new Reading(legend, staff, 0));
    }

    /**
     * One item of the plan with the changes of it and its parts, for everyone who may read the plan (as the plan page
     * shows the item); also for an item deleted since, whose history stays. 404 for an item that was never in it.
     */
    public ItemHistory item(PlanAddress address, String segment, long itemId) {
        HistoryKind kind = HistoryKind.bySegment(segment).orElseThrow(NotFoundException::new);
        PlanHeader header = headers.readable(address);
        HistoryQueries.Item item = queries.item(header.planId(), kind, itemId).orElseThrow(NotFoundException::new);
        boolean staff = access.may(Permission.VIEW_CONCEPTS, header.municipalityId());
        Map<String, LegendEntry> legend = kind == HistoryKind.ACTIVITY ? legends.of(header.municipalityId()) : Map.of();
        // the concept's drafts are the staff's: others read the item as adopted and what changed since
        List<Event> events = queries.ofItem(kind, itemId, staff ? null : adoptions.planAdoptedAt(header.planId()));
        if (!staff && events.isEmpty() && !item.alive()) {
            throw new NotFoundException();
        }
        return new ItemHistory(
                new ItemHistory.Place(
                        header.municipalitySlug(),
                        header.municipalityName(),
                        header.title(),
                        header.address().url(),
                        staff ? header.address().url("geschiedenis") : null),
                writer.kind(kind),
                item.label() == null ? "–" : item.label(),
                item.alive()
                        ? ItemAddresses.itemUrl(
                                header, kind, itemId, access.may(Permission.EDIT_PLANS, header.municipalityId()))
                        : null,
                writer.rows(kind, events, new Reading(legend, staff, 0)),
                staff);
    }

    /**
     * One of a framework's own items (a text, a KPI with its measurements, a budget table with its lines) with its
     * changes, for everyone who may read the framework: an adopted one everyone of the municipality, a concept its staff.
     */
    public ItemHistory frameworkItem(FrameworkAddress address, String segment, long itemId) {
        HistoryKind kind = HistoryKind.bySegment(segment)
                .filter(HistoryKind::partOfFrameworks)
                .orElseThrow(NotFoundException::new);
        HistoryQueries.Framework framework =
                queries.framework(address.municipality(), address.framework()).orElseThrow(NotFoundException::new);
        access.require(
                "CONCEPT".equals(framework.state()) ? Permission.VIEW_CONCEPTS : Permission.VIEW,
                framework.municipalityId());
        HistoryQueries.Item item =
                queries.itemOfFramework(framework.frameworkId(), kind, itemId).orElseThrow(NotFoundException::new);
        boolean staff = access.may(Permission.VIEW_CONCEPTS, framework.municipalityId());
        List<Event> events =
                queries.ofItem(kind, itemId, staff ? null : adoptions.frameworkAdoptedAt(framework.frameworkId()));
        if (!staff && events.isEmpty() && !item.alive()) {
            throw new NotFoundException();
        }
        return new ItemHistory(
                new ItemHistory.Place(
                        framework.municipalitySlug(),
                        framework.municipalityName(),
                        framework.title(),
                        address.url(),
                        null),
                writer.kind(kind),
                item.label() == null ? "–" : item.label(),
                item.alive() ? address.url() : null,
                writer.rows(kind, events, new Reading(Map.of(), staff, 0)),
                staff);
    }

    /**
     * The plan's changes that pass the filter, a page of them, newest first, for the municipality's staff: those who
     * read its concepts (else 403). Invalid dates in the filter are left out (the page says so next to the field).
     */
    public PlanHistory plan(PlanAddress address, PlanHistoryFilter filter) {
        PlanHeader header = headers.find(address).orElseThrow(NotFoundException::new);
        access.require(Permission.VIEW_CONCEPTS, header.municipalityId());
        int page = filter.page();
        Selection selection = new Selection(
                filter.persoon(),
                filter.from().map(HistoryService::startOf).orElse(null),
                filter.until().map(day -> startOf(day.plusDays(1))).orElse(null),
                PAGE_SIZE,
                (page - 1) * PAGE_SIZE);
        List<Event> events = queries.ofPlan(header.planId(), selection);
        if (events.isEmpty() && page > 1) {
            // a page past the end (an old link, a typed number): the first page, whose count says how many there are
            page = 1;
            selection = new Selection(selection.username(), selection.from(), selection.until(), PAGE_SIZE, 0);
            events = queries.ofPlan(header.planId(), selection);
        }
        List<HistoryEntry> entries = writer.entries(
                events,
                new Reading(legends.of(header.municipalityId()), true, LIST_TEXT_LENGTH),
                event -> ItemAddresses.historyUrl(header, event));
        List<PlanHistory.Option> people = queries.people(header.planId()).stream()
                .map(p -> new PlanHistory.Option(p.username(), p.name()))
                .toList();
        long total = events.isEmpty() ? 0 : events.get(0).total();
        return new PlanHistory(header, entries, people, total, page, PAGE_SIZE);
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(DutchTime.ZONE).toInstant().toEpochMilli();
    }
}
