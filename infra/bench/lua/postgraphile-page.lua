-- Reference: PostGraphile 4's generated list, its first 50 invoices (primary-key order) with
-- the page's fields.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Invoices { allInvoices(first: 50) { nodes { id buyerName total status } } }"}')
