-- Scenario b: one programme's projects of one status, by cost descending, 50 a page.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local statuses = {"PIPELINE", "IMPLEMENTATION", "COMPLETION", "POST_COMPLETION", "CANCELLED", "SUSPENDED"}
request = function()
  return wrk.format("GET", "/api/v1/projects?programme=" .. math.random(1, 40) .. "&status=" .. statuses[math.random(1, 6)]
    .. "&sort=-totalCost&size=50", {Accept = "application/json"})
end
