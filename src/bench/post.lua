-- One GraphQL request, sent over and over: the body is the file named by BENCH_BODY, the bearer token (if any)
-- the contents of BENCH_TOKEN. Used by benchmark.sh; nothing is computed per request on wrk's side.
local f = assert(io.open(os.getenv("BENCH_BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
