package nl.ivbplanner.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityPartnerRepository extends JpaRepository<ActivityPartner, Long> {

    @Query("select ap from ActivityPartner ap where ap.activity in :activities order by ap.position, ap.id")
    List<ActivityPartner> findByActivities(Collection<Activity> activities);

    @Query("""
            select new nl.ivbplanner.activity.PartnerLinkRow(ap.id, p.name, ap.role, ap.wording)
            from ActivityPartner ap join Partner p on p.id = ap.partnerId
            where ap.activity.id = :activityId order by ap.position, ap.id""")
    List<PartnerLinkRow> findRows(long activityId);

    boolean existsByActivityIdAndPartnerIdAndRole(long activityId, long partnerId, PartnerRole role);

    @Query("select coalesce(max(ap.position) + 1, 0) from ActivityPartner ap where ap.activity.id = :activityId")
    int nextPosition(long activityId);

    Optional<ActivityPartner> findByIdAndActivityId(long id, long activityId);
}
