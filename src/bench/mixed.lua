-- The soak's mixed load: every query of the benchmark in turn, each with its token, and a count of answers that
-- are not HTTP 200 or that carry GraphQL errors. BENCH_MIX names lines "<body file> <token file or ->".
local requests = {}
local threads = {}

local function slurp(path)
  local f = assert(io.open(path, "r"))
  local s = f:read("*a")
  f:close()
  return s
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("BENCH_MIX")) do
    local body, token = line:match("^(%S+)%s+(%S+)$")
    local headers = { ["Content-Type"] = "application/json" }
    if token ~= "-" then
      headers["Authorization"] = "Bearer " .. slurp(token):gsub("%s+$", "")
    end
    table.insert(requests, wrk.format("POST", "/graphql", headers, slurp(body)))
  end
  next_request = 0
  bad = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
  end
  io.write(string.format("Bad answers: %d\n", total))
end
