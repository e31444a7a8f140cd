-- wrk script: POST one valid submission per request, each with a fresh random UUID v4 as its
-- submissionId, so every request is a real insert (an identical repeat would be a no-op 200).
-- The body comes from the file in ZS_BODY (written by `bench_ingest --sample-body FILE`); its
-- placeholder id 00000000-0000-4000-8000-000000000000 is replaced per request.
local placeholder = "00000000-0000-4000-8000-000000000000"
local file = assert(io.open(assert(os.getenv("ZS_BODY"), "set ZS_BODY"), "rb"))
local body = file:read("*a")
file:close()
local at = assert(string.find(body, placeholder, 1, true), "no placeholder id in the body")
local prefix, suffix = string.sub(body, 1, at - 1), string.sub(body, at + #placeholder)

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = 0
function setup(thread)
   threads = threads + 1
   thread:set("thread_number", threads)
end

function init(args)
   math.randomseed(os.time() * 1000 + (thread_number or 0) * 7919 + math.floor(os.clock() * 1e6))
end

local r, format = math.random, string.format
local function uuid4()
   return format("%04x%04x-%04x-4%03x-%04x-%04x%04x%04x",
                 r(0, 0xffff), r(0, 0xffff), r(0, 0xffff), r(0, 0xfff),
                 0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0xffff), r(0, 0xffff))
end

function request()
   return wrk.format(nil, nil, nil, prefix .. uuid4() .. suffix)
end
