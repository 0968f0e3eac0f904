#!/usr/bin/env bash
# Replaces the PostgreSQL migrations with one InitialCreate of the current model. For the person merging branches that
# each added SQLite migrations: the PostgreSQL history is rebuilt from the merged model in one step. Only while no
# PostgreSQL database in use has applied the old ones; after that, use scripts/add-migration.sh --postgres-only <Name>.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/SalesMarketingAlignment.Data.Postgres
rm -f "$project"/Migrations/*.cs
dotnet tool restore >/dev/null
dotnet ef migrations add InitialCreate --project "$project" --startup-project "$project"
