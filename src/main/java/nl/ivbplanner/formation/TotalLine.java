package nl.ivbplanner.formation;

/** A line that may hold others ('Formatie (totaal, waaronder…)'), as the formation line form offers it. */
record TotalLine(long id, String functionName, CapacityOrganisation organisation) {}
