package nl.ivbplanner.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Moving a row one place up or down among its siblings. */
public final class Positions {

    /** Which neighbour a row swaps places with. */
    public enum Direction {
        UP(-1),
        DOWN(1);

        private final int step;

        Direction(int step) {
            this.step = step;
        }
    }

    private Positions() {}

    /**
     * Swaps the row with its neighbour in the given order, then numbers all siblings 0, 1, 2, ... so that equal or
     * missing positions (possible in imported data) cannot make a move ineffective. Only rows whose position
     * changes are touched. The first row cannot move up nor the last down; that is no error, nothing changes.
     */
    public static <T extends Positioned> void move(List<T> siblingsInOrder, T row, Direction direction) {
        List<T> order = new ArrayList<>(siblingsInOrder);
        int from = order.indexOf(row);
        int to = from + direction.step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        Collections.swap(order, from, to);
        for (int position = 0; position < order.size(); position++) {
            if (order.get(position).getPosition() != position) {
                order.get(position).moveTo(position);
            }
        }
    }
}
