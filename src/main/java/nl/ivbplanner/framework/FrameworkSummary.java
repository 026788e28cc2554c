package nl.ivbplanner.framework;

import java.time.LocalDate;

/** A framework as listed on a municipality page. */
public record FrameworkSummary(
        Long id,
        String slug,
        String title,
        FrameworkKind kind,
        int firstYear,
        int lastYear,
        LocalDate adoptedByCouncilOn,
        FrameworkState state) {}
