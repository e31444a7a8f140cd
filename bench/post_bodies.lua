-- wrk script: POST each line of the file in ZS_BODIES once (one submission with its own one-time
-- credential per line, written by `bench_ingest --credentialed-bodies`), split over ZS_THREADS
-- wrk threads; a thread stops when its lines are answered, so no credential is sent twice
-- (wrk still divides by the whole -d duration: give it more lines than it can send). With
-- ZS_CYCLE=1 (for the trivial responder, which stores nothing) it starts again at the first.
local threads = tonumber(os.getenv("ZS_THREADS") or "2")
local cycle = os.getenv("ZS_CYCLE") == "1"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

local bodies, next_body, answered = {}, 1, 0
function init(args)
   local n, i = thread_number or 1, 0
   local file = assert(io.open(assert(os.getenv("ZS_BODIES"), "set ZS_BODIES"), "rb"))
   local all = file:read("*a")
   file:close()
   for line in string.gmatch(all, "[^\n]+") do
      if i % threads == n - 1 then bodies[#bodies + 1] = line end
      i = i + 1
   end
end

function request()
   if cycle and next_body > #bodies then next_body = 1 end
   local body = bodies[next_body] or bodies[#bodies] -- past the end: an identical repeat (200)
   next_body = next_body + 1
   return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
   answered = answered + 1
   if not cycle and answered >= #bodies then wrk.thread:stop() end
end
