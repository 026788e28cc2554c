package nl.ivbplanner.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.ivbplanner.common.Positions.Direction;
import org.junit.jupiter.api.Test;

/** Moving a row among its siblings, on plain objects: swaps with the neighbour, renumbers, touches only what moved. */
class PositionsTest {

    @Test
    void aRowMovesUpByTakingItsUpperNeighboursPlace() {
        List<Row> rows = rows(0, 1, 2);

        Positions.move(rows, rows.get(2), Direction.UP);

        assertThat(positions(rows)).containsExactly(0, 2, 1);
    }

    @Test
    void aRowMovesDownByTakingItsLowerNeighboursPlace() {
        List<Row> rows = rows(0, 1, 2);

        Positions.move(rows, rows.get(0), Direction.DOWN);

        assertThat(positions(rows)).containsExactly(1, 0, 2);
    }

    @Test
    void theFirstRowCannotMoveUpNorTheLastDownAndNothingChanges() {
        List<Row> rows = rows(0, 1, 2);

        Positions.move(rows, rows.get(0), Direction.UP);
        Positions.move(rows, rows.get(2), Direction.DOWN);

        assertThat(positions(rows)).containsExactly(0, 1, 2);
        assertThat(rows).allSatisfy(row -> assertThat(row.moves).isZero());
    }

    @Test
    void equalOrMissingPositionsAreRenumberedSoTheMoveAlwaysShows() {
        // imported data: two rows share position 5, one has a gap before it
        List<Row> rows = rows(5, 5, 9);

        Positions.move(rows, rows.get(1), Direction.UP);

        assertThat(positions(rows)).containsExactly(1, 0, 2);
    }

    @Test
    void onlyTheRowsWhosePositionChangesAreTouched() {
        List<Row> rows = rows(0, 1, 2, 3);

        Positions.move(rows, rows.get(1), Direction.DOWN);

        assertThat(rows).extracting(row -> row.moves).containsExactly(0, 1, 1, 0);
    }

    @Test
    void aRowThatIsNotAmongTheSiblingsChangesNothing() {
        List<Row> rows = rows(0, 1);

        Positions.move(rows, new Row(7), Direction.UP);

        assertThat(positions(rows)).containsExactly(0, 1);
    }

    /** A row as a feature keeps it: a position and a count of how often it was written. */
    private static final class Row implements Positioned {

        private int position;
        private int moves;

        Row(int position) {
            this.position = position;
        }

        @Override
        public int getPosition() {
            return position;
        }

        @Override
        public void moveTo(int newPosition) {
            position = newPosition;
            moves++;
        }
    }

    private static List<Row> rows(int... positions) {
        List<Row> rows = new ArrayList<>();
        for (int position : positions) {
            rows.add(new Row(position));
        }
        return rows;
    }

    private static List<Integer> positions(List<Row> rows) {
        return rows.stream().map(Row::getPosition).toList();
    }
}
