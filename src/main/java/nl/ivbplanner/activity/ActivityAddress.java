package nl.ivbplanner.activity;

import nl.ivbplanner.web.PageAddress;

/**
 * Where an activity is found: its municipality's slug and its id, as in every address below {@link #PATH}. An
 * activity keeps this address whatever plan it belongs to; the one place activity URLs are built.
 */
public record ActivityAddress(String municipality, long id) implements PageAddress {

    public static final String PATH = "/gemeenten/{municipality}/activiteiten/{id}";

    /** The activity page. */
    @Override
    public String url() {
        return "/gemeenten/" + municipality + "/activiteiten/" + id;
    }
}
