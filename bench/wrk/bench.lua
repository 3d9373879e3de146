-- One request per call with a random key from the file given after "--", so every request authenticates
-- a different user. Options after the file: "patch" sends PATCH {"first_name"} instead of GET, "pace=MS" waits
-- that long before each request (a fixed offered load: connections x 1000 / (MS + latency) per second); "json"
-- asks for JSON (Accept: application/json), which Keycloak's account API needs.
-- Prints one RESULT line that bench/run reads.

local keys = {}
local method = "GET"
local pace = 0
local json = false
local counter = 0

function init(args)
   local file = io.open(args[1], "r")
   for line in file:lines() do
      if #line > 0 then keys[#keys + 1] = line end
   end
   file:close()
   for i = 2, #args do
      if args[i] == "patch" then method = "PATCH" end
      if args[i] == "json" then json = true end
      local ms = string.match(args[i], "^pace=(%d+)$")
      if ms then pace = tonumber(ms) end
   end
   math.randomseed(os.time() + tonumber(string.sub(tostring({}), 8), 16) % 100000)
end

function delay()
   return pace
end

function request()
   counter = counter + 1
   local headers = { ["Authorization"] = "Bearer " .. keys[math.random(#keys)] }
   if json then headers["Accept"] = "application/json" end
   if method == "PATCH" then
      headers["Content-Type"] = "application/json"
      return wrk.format("PATCH", nil, headers, '{"first_name": "Bench ' .. counter .. '"}')
   end
   return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
   io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d errors=%d non2xx=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, bad - summary.errors.status, summary.errors.status))
end
