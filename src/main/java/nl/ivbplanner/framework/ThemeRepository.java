package nl.ivbplanner.framework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

    @Query("""
            select new nl.ivbplanner.framework.ThemeOption(t.id, t.code, t.name, t.parent.id) from Theme t
            where t.framework.id = :frameworkId order by t.position, t.id""")
    List<ThemeOption> findOptions(long frameworkId);

    boolean existsByIdAndFrameworkId(long id, long frameworkId);
}
