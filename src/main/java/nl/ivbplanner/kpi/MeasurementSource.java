package nl.ivbplanner.kpi;

/** Where municipalities get their figures from; the label is what is stored and shown. */
enum MeasurementSource {
    POLITIE("Politie"),
    VEILIGHEIDSMONITOR("Veiligheidsmonitor"),
    CBS("CBS"),
    EIGEN_REGISTRATIE("Eigen registratie"),
    ANDERS("Anders");

    private final String label;

    MeasurementSource(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
