package nl.ivbplanner.planimport;

import java.io.IOException;
import java.io.InputStream;

/** Reads one kind of checked file into what it holds; never touches the database. */
interface PlanFileReader {

    ImportFile.Kind kind();

    ImportedPlan read(InputStream file) throws IOException;
}
