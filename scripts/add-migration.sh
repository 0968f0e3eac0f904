#!/usr/bin/env bash
# Adds an EF Core migration of the current model to both providers: SQLite (src/SalesMarketingAlignment.Data/Migrations)
# and PostgreSQL (src/SalesMarketingAlignment.Data.Postgres/Migrations).
#   scripts/add-migration.sh <Name>                  both providers
#   scripts/add-migration.sh --postgres-only <Name>  PostgreSQL only (after merging branches that added SQLite migrations)
set -euo pipefail
cd "$(dirname "$0")/.."
providers=(sqlite postgres)
if [ "${1:-}" = "--postgres-only" ]; then providers=(postgres); shift; fi
name=${1:?usage: scripts/add-migration.sh [--postgres-only] <MigrationName>}

dotnet tool restore >/dev/null
for provider in "${providers[@]}"; do
  case $provider in
    sqlite) project=src/SalesMarketingAlignment.Data ;;
    postgres) project=src/SalesMarketingAlignment.Data.Postgres ;;
  esac
  echo "Adding migration $name for $provider ($project)"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project"
done

# SQLite runs on a compiled model (src/SalesMarketingAlignment.Data/CompiledModels, decision 0008): generate it again
# from the same model. AlignmentDbContextModelTests fails while it is out of date.
echo "Generating the compiled model (src/SalesMarketingAlignment.Data/CompiledModels)"
dotnet ef dbcontext optimize --project src/SalesMarketingAlignment.Data --output-dir CompiledModels \
  --namespace SalesMarketingAlignment.Data.CompiledModels
