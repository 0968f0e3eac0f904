#!/usr/bin/env bash
# Scaffolds an EF Core migration into src/SalesMarketingAlignment.Data/Migrations.
#   tools/migrations/add-migration.sh <Name>
# Design-time only: the main build and CI never need Microsoft.EntityFrameworkCore.Design or dotnet-ef.
# The NuGet source here has at times lacked two dependencies of Microsoft.EntityFrameworkCore.Design
# (Mono.TextTemplating, Microsoft.VisualStudio.SolutionPersistence). When restore fails, this script packs empty
# stand-in packages with those ids and versions into a local folder feed (.feed/) and restores again:
# `migrations add` never loads them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
name="${1:?usage: tools/migrations/add-migration.sh <MigrationName>}"

cd "$here"
mkdir -p .feed
dotnet tool restore

if ! dotnet restore DesignTime/DesignTime.csproj -v q; then
  echo "Restore failed; packing stand-ins for the missing design-time dependencies into $here/.feed" >&2
  for stub in "Mono.TextTemplating:3.0.0" "Microsoft.VisualStudio.SolutionPersistence:1.0.52"; do
    id="${stub%%:*}"; version="${stub##*:}"
    dotnet pack stub/Stub.csproj -c Release -o .feed -p:PackageId="$id" -p:PackageVersion="$version" -v q
  done
  # A private package folder for this run, so the stand-ins never reach the machine's global package cache.
  export NUGET_PACKAGES="$here/.packages"
  dotnet restore DesignTime/DesignTime.csproj -v q
fi

cd "$root"
(cd "$here" && dotnet tool run dotnet-ef -- migrations add "$name" \
  --project "$root/src/SalesMarketingAlignment.Data" \
  --startup-project "$here/DesignTime" \
  --context AlignmentDbContext \
  --output-dir Migrations)
echo "Migration '$name' written to src/SalesMarketingAlignment.Data/Migrations. Format it: dotnet format src/SalesMarketingAlignment.Data"
