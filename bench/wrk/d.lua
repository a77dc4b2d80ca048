-- Scenario d: one indicator's yearly series in one subarea (50 years, one page).
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function()
  return wrk.format("GET", "/api/v1/indicators/" .. math.random(1, 50) .. "/observations?subarea=" .. math.random(1, 400)
    .. "&size=100", {Accept = "application/json"})
end
