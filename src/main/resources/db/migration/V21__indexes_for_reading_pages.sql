-- Indexes for the reading pages' queries at national scale (bench/seq-scans.sh with bench/generate-region-data.sql's
-- 400 municipalities: no page may read a table of more than 10,000 rows from start to end). Each index names the page
-- and the query it serves.

-- Activity page (/gemeenten/{m}/activiteiten/{id}), its history: ActivityQueries.history reads the activity's verdicts'
-- snapshots by activity ('evaluation_aud where activity_id = ?'). The primary key (id, rev) is the verdict's id, so
-- without this index every activity page read all verdict history of every municipality (186,688 rows at N = 400).
create index evaluation_aud_activity_idx on evaluation_aud (activity_id, rev);
