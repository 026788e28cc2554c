package nl.ivbplanner.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    /**
     * The framework's themes in document order: each main theme followed by its sub-themes. Seeds number
     * sub-themes either per parent or across the framework, so the order goes by the parent's place first.
     */
    @Query("""
            select new nl.ivbplanner.framework.ThemeOption(t.id, t.code, t.name, p.id) from Theme t left join t.parent p
            where t.framework.id = :frameworkId
            order by coalesce(p.position, t.position), coalesce(p.id, t.id), case when p.id is null then 0 else 1 end,
                t.position, t.id""")
    List<ThemeOption> findOptions(long frameworkId);

    boolean existsByIdAndFrameworkId(long id, long frameworkId);

    Optional<Theme> findByIdAndFrameworkId(long id, long frameworkId);

    List<Theme> findByFrameworkIdOrderByPositionAscIdAsc(long frameworkId);

    boolean existsByParentId(long parentId);
}
