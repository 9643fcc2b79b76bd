-- wrk script: POST /api/v1/analyze with the drafts of drafts.jsonl in turn, and a summary wrk can't give
-- by itself (analyses per second, p50/p99 in ms, every kind of error).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bodies = {}
for line in io.lines(dir .. "drafts.jsonl") do
  if line:match("%S") then bodies[#bodies + 1] = line end
end

local counter = 0
wrk.method = "POST"
wrk.path = "/api/v1/analyze"
wrk.headers["Content-Type"] = "application/json"

request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT analyses_per_s=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d "
    .. "(connect=%d read=%d write=%d status=%d timeout=%d)\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    e.connect, e.read, e.write, e.status, e.timeout))
end
