-- GET requests over a file of paths (wrk ... -s bench/lua/paths.lua -- <file>): each thread starts at its own place
-- in the list and takes the next path for every request. done() prints one tab-separated line:
-- req/s, p50, p95, p99 (ms), requests, socket errors, non-2xx/3xx answers, 5xx answers.
local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("offset", counter * 97)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    index = offset or 0
    server_errors = 0
end

function request()
    index = index + 1
    return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
    if status >= 500 then
        server_errors = server_errors + 1
    end
end

function done(summary, latency, requests)
    local fives = 0
    for _, thread in ipairs(threads) do
        fives = fives + (thread:get("server_errors") or 0)
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t%d\n",
        summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests, errors, summary.errors.status, fives))
end
