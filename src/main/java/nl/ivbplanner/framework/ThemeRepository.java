package nl.ivbplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    /** The framework's themes in tree order (the theme_tree view): each main theme followed by its sub-themes. */
    default List<ThemeOption> findOptions(long frameworkId) {
        return findOptionRows(frameworkId).stream()
                .map(row -> new ThemeOption(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        row[3] == null ? null : ((Number) row[3]).longValue()))
                .toList();
    }

    /** id, code, name and parent id of each theme; native, because the tree order is a view of the database. */
    @Query(nativeQuery = true, value = """
            select t.id, t.code, t.name, t.parent_id from theme t join theme_tree tree on tree.id = t.id
            where t.framework_id = :frameworkId order by tree.sort_key""")
    List<Object[]> findOptionRows(long frameworkId);

    boolean existsByIdAndFrameworkId(long id, long frameworkId);

    Optional<Theme> findByIdAndFrameworkId(long id, long frameworkId);

    List<Theme> findByFrameworkIdOrderByPositionAscIdAsc(long frameworkId);

    boolean existsByParentId(long parentId);
}
