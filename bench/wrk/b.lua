-- Scenario b: one programme's projects of one status, by cost descending, 50 a page.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
-- The id ranges of the data set loaded (bench/generate.sql's bench_dataset), set by bench/run.sh.
local function range(name)
  return tonumber(os.getenv(name)) or error(name .. " is not set: run the scenarios through bench/run.sh")
end
local programmes = range("BENCH_PROGRAMMES")
local statuses = {"PIPELINE", "IMPLEMENTATION", "COMPLETION", "POST_COMPLETION", "CANCELLED", "SUSPENDED"}
request = function()
  return wrk.format("GET", "/api/v1/projects?programme=" .. math.random(1, programmes) .. "&status=" .. statuses[math.random(1, 6)]
    .. "&sort=-totalCost&size=50", {Accept = "application/json"})
end

-- p50, p99 and p99.9 of the latency in microseconds, for bench/run.sh
done = function(summary, latency, requests)
  io.write(string.format("percentiles-us %d %d %d\n", latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
