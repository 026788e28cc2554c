package nl.ivbplanner.activity;

/**
 * Where an activity is found: its municipality's slug and its id, as in every address below {@link #PATH}. An
 * activity keeps this address whatever plan it belongs to; the one place activity URLs are built.
 */
public record ActivityAddress(String municipality, long id) {

    public static final String PATH = "/gemeenten/{municipality}/activiteiten/{id}";

    /** The activity page. */
    public String url() {
        return "/gemeenten/" + municipality + "/activiteiten/" + id;
    }

    /** A page below the activity page, such as {@code bewerken} or {@code partners/3/omhoog}. */
    public String url(String below) {
        return url() + "/" + below;
    }
}
