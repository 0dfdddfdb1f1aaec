#!/usr/bin/env bash
# Adds a migration for both providers of a module's database context:
#   tools/add-migration.sh <Name> [<project folder> <context name without provider prefix>]
# e.g. tools/add-migration.sh AddCases Activities/WorkflowEngine.Approvals ApprovalsDbContext
# Defaults to the engine: Engine/WorkflowEngine.Persistence, WorkflowDbContext (SqliteWorkflowDbContext, PostgresWorkflowDbContext).
# Microsoft.EntityFrameworkCore.Design cannot be restored here (its dependency Mono.TextTemplating is missing
# from the registry), so a throw-away startup project references its DLL from the NuGet cache instead.
# See docs/decisions/0004-persistence.md.
set -euo pipefail
name=${1:?usage: add-migration.sh <Name> [<project folder> <context>]}
root=$(cd "$(dirname "$0")/.." && pwd)
project=$root/${2:-Engine/WorkflowEngine.Persistence}
context=${3:-WorkflowDbContext}
csproj=$(ls "$project"/*.csproj)
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
design=$cache/microsoft.entityframeworkcore.design/10.0.14/lib/net10.0/Microsoft.EntityFrameworkCore.Design.dll
if [ ! -f "$design" ]; then
  # A restore fails on the missing dependency but still downloads the package itself.
  tmp=$(mktemp -d); (cd "$tmp" && dotnet new classlib -o p >/dev/null && cd p && dotnet add package Microsoft.EntityFrameworkCore.Design --version 10.0.14 >/dev/null 2>&1 || true); rm -rf "$tmp"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/MigrationsHost.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><TreatWarningsAsErrors>false</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$csproj" />
    <Reference Include="$design" />
    <PackageReference Include="Humanizer.Core" Version="2.14.1" />
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp.Workspaces" Version="5.0.0" />
  </ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine("migrations host");' > "$work/Program.cs"
dotnet restore "$work/MigrationsHost.csproj" >/dev/null
cd "$root"
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "$csproj" --startup-project "$work" --context "$provider$context" --output-dir "Migrations/$provider"
done
