-- Scenario b: one programme's projects of one status, by cost descending, 50 a page.
local range = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local programmes = range("BENCH_PROGRAMMES")
local statuses = {"PIPELINE", "IMPLEMENTATION", "COMPLETION", "POST_COMPLETION", "CANCELLED", "SUSPENDED"}
request = function()
  return wrk.format("GET", "/api/v1/projects?programme=" .. math.random(1, programmes) .. "&status=" .. statuses[math.random(1, 6)]
    .. "&sort=-totalCost&size=50", {Accept = "application/json"})
end
