-- Scenario c: total cost by status for one programme.
local range = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local programmes = range("BENCH_PROGRAMMES")
request = function()
  return wrk.format("GET", "/api/v1/programmes/" .. math.random(1, programmes) .. "/project-costs", {Accept = "application/json"})
end
