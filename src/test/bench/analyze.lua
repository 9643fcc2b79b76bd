-- wrk script: POST /api/v1/analyze with the drafts of drafts.jsonl in turn, and a summary wrk can't give
-- by itself (good answers per second, p50/p99 in ms, 503s and 429s apart from other errors).
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

-- Each wrk thread counts its own answers by status; done() adds them up.
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end
shed, limited = 0, 0 -- globals: thread:get reads them
response = function(status, headers, body)
  if status == 503 then shed = shed + 1 elseif status == 429 then limited = limited + 1 end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local s503, s429 = 0, 0
  for _, thread in ipairs(threads) do
    s503 = s503 + thread:get("shed")
    s429 = s429 + thread:get("limited")
  end
  local good = summary.requests - e.status
  io.write(string.format("RESULT good_per_s=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d status_503=%d status_429=%d "
    .. "other_errors=%d (connect=%d read=%d write=%d status=%d timeout=%d)\n",
    good / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, s503, s429,
    e.connect + e.read + e.write + e.timeout + e.status - s503 - s429,
    e.connect, e.read, e.write, e.status, e.timeout))
end
