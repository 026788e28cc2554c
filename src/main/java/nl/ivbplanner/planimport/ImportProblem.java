package nl.ivbplanner.planimport;

import java.util.List;

/**
 * Something in the file that keeps it from being imported, with its place and a message key of
 * messages.properties ('import.problem.*') and the key's arguments; shown as "Activiteiten, rij 14, kolom Thema:
 * 'Zorg & veiligheid' is geen thema van dit kader".
 */
record ImportProblem(SourcePlace place, String messageKey, List<Object> arguments) {

    static ImportProblem at(SourcePlace place, String messageKey, Object... arguments) {
        return new ImportProblem(place, messageKey, List.of(arguments));
    }
}
