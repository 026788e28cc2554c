package nl.ivbplanner.indicator;

import jakarta.validation.constraints.Pattern;

/** One KPI's choice on the linking page: an indicator's code, or empty for none. */
record IndicatorLinkForm(
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{indicator.link.unknown}")
        String indicator,

        Long version) {}
