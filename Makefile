# The two commands: `make run` (build and start everything) and `make test` (every check).
# CARGO_TARGET_DIR may point outside the clone (CI keeps a cache there).

SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(CURDIR)/target
BIN := $(CARGO_TARGET_DIR)/release/clusterkeep

.PHONY: run test bench frontend release schema cluster-up cluster-down cluster-test

## Build the web app and the server (which embeds it), then start it on http://127.0.0.1:8080
## (SQLite, demo data).
run: frontend release
	$(BIN) serve

## Format, lints, Rust tests on SQLite and a throwaway PostgreSQL, frontend checks, end-to-end in Chromium.
test:
	infra/dev/test-all.sh

## The hot-path benchmark (issue 16): wrk on a throwaway PostgreSQL and on SQLite, beside a bare
## actix-web + async-graphql + sea-orm server and PostGraphile 4, then the billing run against COPY.
## Prints figures; never fails on a number. Knobs: infra/bench/README.md.
bench:
	infra/bench/run.sh

## The production topology on this machine (infra/README.md): PostgreSQL primary + synchronous
## standby, three production replicas, nginx with TLS on https://localhost:18443.
cluster-up:
	infra/local-cluster/up

cluster-down:
	infra/local-cluster/down

## Its smoke check, then the failure tests (each brings its own cluster up and down).
cluster-test:
	infra/local-cluster/smoke
	node --test --test-concurrency=1 infra/local-cluster/tests/

frontend:
	cd frontend && npm ci --no-audit --no-fund && npm run build

## The release binary; it embeds frontend/dist as built at that moment (run `make frontend` first).
release:
	cargo build --release --locked -p clusterkeep

## Regenerate the checked-in GraphQL schema and the frontend's types from it.
schema:
	cargo run --quiet --locked -p clusterkeep -- schema > backend/schema.graphql
	cd frontend && npm run codegen
