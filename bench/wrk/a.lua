-- Scenario a: one project by id, a random one per request.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. math.random(1, 100000), {Accept = "application/json"})
end
