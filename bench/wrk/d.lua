-- Scenario d: one indicator's yearly series in one subarea (50 years, one page).
local range = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local indicators, subareas = range("BENCH_INDICATORS"), range("BENCH_SUBAREAS")
request = function()
  return wrk.format("GET", "/api/v1/indicators/" .. math.random(1, indicators) .. "/observations?subarea=" .. math.random(1, subareas)
    .. "&size=100", {Accept = "application/json"})
end
