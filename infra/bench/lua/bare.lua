-- Reference: the bare actix-web + async-graphql + sea-orm server (infra/bench/reference),
-- the same invoice by primary key, no auth.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Invoice($id: UUID!) { invoice(id: $id) { id buyerName total status } }",'
  .. '"variables":{"id":"' .. os.getenv("BENCH_INVOICE_UUID") .. '"}}')
