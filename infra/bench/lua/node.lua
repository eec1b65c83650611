-- ClusterKeep: node(id) of one invoice, as the operator (token, tenant transaction, RLS).
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Node($id: ID!) { node(id: $id) { ... on Invoice { id buyerName total status } } }",'
  .. '"variables":{"id":"' .. os.getenv("BENCH_INVOICE_ID") .. '"}}')
