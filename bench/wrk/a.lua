-- Scenario a: one project by id, a random one per request.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
-- The id ranges of the data set loaded (bench/generate.sql's bench_dataset), set by bench/run.sh.
local function range(name)
  return tonumber(os.getenv(name)) or error(name .. " is not set: run the scenarios through bench/run.sh")
end
local projects = range("BENCH_PROJECTS")
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. math.random(1, projects), {Accept = "application/json"})
end

-- p50, p99 and p99.9 of the latency in microseconds, for bench/run.sh
done = function(summary, latency, requests)
  io.write(string.format("percentiles-us %d %d %d\n", latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
