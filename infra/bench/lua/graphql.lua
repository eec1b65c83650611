-- Shared by the request scripts: POST one GraphQL body as JSON, with the access token in
-- BENCH_TOKEN when set. With BENCH_CHECK set, print the first response body and stop, so
-- run.sh can check that the request really answers data before it measures it.

function graphql(body)
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
  end
end

if os.getenv("BENCH_CHECK") then
  function response(status, headers, body)
    io.write("HTTP ", status, " ", body, "\n")
    wrk.thread:stop()
  end
end
