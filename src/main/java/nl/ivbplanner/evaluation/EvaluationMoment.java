package nl.ivbplanner.evaluation;

import java.util.Arrays;
import nl.ivbplanner.web.NotFoundException;

/** When a verdict was given; an interim status never overwrites the year-end verdict. */
public enum EvaluationMoment {
    YEAR_END("eindejaar"),
    INTERIM("tussentijds");

    private final String param;

    EvaluationMoment(String param) {
        this.param = param;
    }

    /** The moment as the address bar names it ({@code ?moment=tussentijds}). */
    public String param() {
        return param;
    }

    /** The moment a request names; an unknown name is not a page. */
    static EvaluationMoment ofParam(String param) {
        return Arrays.stream(values())
                .filter(m -> m.param.equals(param))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
