-- ClusterKeep: the signed-in viewer, as the operator.
dofile(os.getenv("BENCH_LUA_DIR") .. "/graphql.lua")
graphql('{"query":"query Me { me { id email displayName isPlatformAdmin membershipId } }"}')
