package nl.ivbplanner.common;

/** A row that users put in order among its siblings (KPIs of a plan, lines of a table). */
public interface Positioned {

    int getPosition();

    void moveTo(int position);
}
