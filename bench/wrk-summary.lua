-- wrk script for pages.sh: prints one line with what the bench table needs, after wrk's own report:
-- SUMMARY requests rps p50_ms p95_ms p99_ms socket_errors non_2xx
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY %d %.2f %.1f %.1f %.1f %d %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
