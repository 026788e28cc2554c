package nl.ivbplanner.planview;

/** A goal of a theme ("Wat willen we bereiken?"). */
public record ObjectiveRow(long id, long themeId, String number, String text) {}
