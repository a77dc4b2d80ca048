-- What every scenario's script shares; each loads it with dofile and gets range() back.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

-- p50, p99 and p99.9 of the latency in microseconds, for bench/run.sh
done = function(summary, latency, requests)
  io.write(string.format("percentiles-us %d %d %d\n", latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end

-- The id ranges of the data set loaded (bench/generate.sql's bench_dataset), set by bench/run.sh.
return function(name)
  return tonumber(os.getenv(name)) or error(name .. " is not set: run the scenarios through bench/run.sh")
end
