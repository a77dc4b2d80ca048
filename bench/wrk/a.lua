-- Scenario a: one project by id, a random one per request.
local range = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local projects = range("BENCH_PROJECTS")
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. math.random(1, projects), {Accept = "application/json"})
end
