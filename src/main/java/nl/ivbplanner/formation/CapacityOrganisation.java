package nl.ivbplanner.formation;

/** Whose people a formation line counts: the municipality's own staff and the police are never added together. */
public enum CapacityOrganisation {
    MUNICIPALITY,
    POLICE,
    OTHER
}
