package nl.ivbplanner.web;

import nl.ivbplanner.common.Positions.Direction;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The last step of an Omhoog/Omlaag button's address: {@code omhoog} or {@code omlaag}, which a handler takes as the
 * {@link Direction} the row moves in. One handler maps {@link #PATH} instead of one handler per direction.
 */
@Component
public final class DirectionSegment implements Converter<String, Direction> {

    /** Only these two words reach the handler; any other last step is no route (404). */
    public static final String PATH = "{direction:omhoog|omlaag}";

    @Override
    public Direction convert(String segment) {
        return switch (segment) {
            case "omhoog" -> Direction.UP;
            case "omlaag" -> Direction.DOWN;
            default -> throw new IllegalArgumentException("no direction: " + segment);
        };
    }
}
