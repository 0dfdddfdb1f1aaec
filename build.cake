// Build, test and benchmark entry points. Run with: dotnet tool restore && dotnet cake --target=<Target>
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./WorkflowEngine.sln";
var results = Directory("./artifacts/test-results");
(int Passed, int Failed)? testSummary = null;

Task("Clean").Does(() =>
{
    CleanDirectory(results);
});

Task("Build").Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Clean")
    .IsDependentOn("Build")
    .Does(() =>
{
    Exception failure = null;
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            ResultsDirectory = results,
            Loggers = { "trx", "console;verbosity=normal" },
        });
    }
    catch (Exception e)
    {
        failure = e;
    }

    // One line that CI and people read: the sum over every test project's TRX file.
    int passed = 0, failed = 0;
    foreach (var file in GetFiles(results.Path.FullPath + "/**/*.trx"))
    {
        var counters = XDocument.Load(file.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        passed += (int)counters.Attribute("passed");
        failed += (int)counters.Attribute("failed") + (int)counters.Attribute("error") + (int)counters.Attribute("timeout") + (int)counters.Attribute("aborted");
    }
    if (failure != null && failed == 0) failed = 1; // a test host that crashed leaves no counted failure; still a failure
    testSummary = (passed, failed);
});

Task("Bench")
    .Does(() =>
{
    DotNetRun("./bench/WorkflowEngine.Bench/WorkflowEngine.Bench.csproj", new ProcessArgumentBuilder().Append(Argument("bench-args", "")),
        new DotNetRunSettings { Configuration = "Release" });
});

Task("Run").Does(() =>
{
    DotNetRun("./Hosts/WorkflowEngine.Server/WorkflowEngine.Server.csproj");
});

RunTarget(target);

// The summary line must be the last thing printed (CI reads it), so it comes after Cake's own task report is skipped.
if (testSummary is { } summary)
{
    System.Console.WriteLine($"Tests: {summary.Passed} passed, {summary.Failed} failed");
    System.Console.Out.Flush();
    System.Environment.Exit(summary.Failed > 0 ? 1 : 0);
}
