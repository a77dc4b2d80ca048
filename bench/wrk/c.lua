-- Scenario c: total cost by status for one programme.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  return wrk.format("GET", "/api/v1/programmes/" .. math.random(1, 40) .. "/project-costs", {Accept = "application/json"})
end
