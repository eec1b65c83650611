-- Reference: PostGraphile 4's generated point lookup of the same invoice by primary key.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Invoice($id: UUID!) { invoiceById(id: $id) { id buyerName total status } }",'
  .. '"variables":{"id":"' .. os.getenv("BENCH_INVOICE_UUID") .. '"}}')
