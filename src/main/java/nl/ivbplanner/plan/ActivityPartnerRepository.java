package nl.ivbplanner.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityPartnerRepository extends JpaRepository<ActivityPartner, Long> {

    @Query("select ap from ActivityPartner ap where ap.activity in :activities order by ap.position, ap.id")
    List<ActivityPartner> findByActivities(Collection<Activity> activities);
}
