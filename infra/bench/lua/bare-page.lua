-- Reference: the bare actix-web + async-graphql + sea-orm server (infra/bench/reference),
-- its first 50 invoices by primary key with the page's fields, no auth.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Invoices { invoices(first: 50) { id buyerName total status } }"}')
