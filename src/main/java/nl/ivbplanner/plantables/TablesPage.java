package nl.ivbplanner.plantables;

import java.util.List;

/** A plan's tables of one kind, for its editing page. */
public record TablesPage(String planTitle, List<?> tables) {}
