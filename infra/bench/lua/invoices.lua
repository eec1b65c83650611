-- ClusterKeep: the first page of 50 invoices with buyer, total and status, as the operator.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Invoices { invoices(first: 50) { nodes { id buyerName total status } } }"}')
