package nl.ivbplanner.user;

/** What a user does; every role but ADMIN works for exactly one municipality. */
public enum Role {
    /** Beleidsadviseur: writes and evaluates the plans of their municipality. */
    ADVISOR,
    /** Leidinggevende / coordinator: reads everything of their municipality, adopts plans. */
    MANAGER,
    /** Raadslid: reads adopted plans, evaluations and reports. */
    COUNCIL,
    /** Functioneel beheerder: users, municipalities and legends; global when bound to no municipality. */
    ADMIN
}
