#!/usr/bin/env bash
# Adds a migration for both providers: tools/add-migration.sh <Name>
# Microsoft.EntityFrameworkCore.Design cannot be restored here (its dependency Mono.TextTemplating is missing
# from the registry), so a throw-away startup project references its DLL from the NuGet cache instead.
# See docs/decisions/0004-persistence.md.
set -euo pipefail
name=${1:?usage: add-migration.sh <Name>}
here=$(cd "$(dirname "$0")/.." && pwd)
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
    <ProjectReference Include="$here/WorkflowEngine.Persistence.csproj" />
    <Reference Include="$design" />
    <PackageReference Include="Humanizer.Core" Version="2.14.1" />
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp.Workspaces" Version="5.0.0" />
  </ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine("migrations host");' > "$work/Program.cs"
dotnet restore "$work/MigrationsHost.csproj" >/dev/null
cd "$here/../.."
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "$here" --startup-project "$work" --context "${ctx}WorkflowDbContext" --output-dir "Migrations/$ctx"
done
