using System.Diagnostics;
using System.Text.RegularExpressions;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Server.Integrators;

/// <summary>The curl examples of docs/integrators.md, run as written against a real server: each must answer the status it promises.</summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public partial class IntegratorDocsExamplesTests(TestDatabase database)
{
    IntegratorServer _server = null!;
    Dictionary<string, string> _environment = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await IntegratorServer.StartAsync(database);
        var key = await _server.CreateKeyAsync("docs", ["CENTRE", "SAMR"]);
        var withdrawable = await _server.ApplyAsync(key, "文档示例");
        var forTasks = await _server.ApplyAsync(key, "文档待办");
        var task = (await _server.GetAsync($"/api/v1/tasks?department=CENTRE&caseNumber={forTasks}", key)).Json[0].GetProperty("id").GetString()!;
        _environment = new()
        {
            ["WFE"] = _server.Process.Address.ToString().TrimEnd('/'), ["ADMIN_KEY"] = IntegratorServer.AdminKey, ["KEY"] = key,
            ["CASE"] = withdrawable, ["TASK"] = task,
        };
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    /// <summary>The ```sh blocks of the guide with the status each promises on its last line (# 201).</summary>
    static IEnumerable<TestCaseData> Examples()
    {
        var guide = File.ReadAllText(Path.Combine(Root(), "docs", "integrators.md"));
        var number = 0;
        foreach (Match block in ShBlock().Matches(guide))
        {
            var script = block.Groups[1].Value;
            var expected = Regex.Match(script, @"#\s*(\d{3})\s*$").Groups[1].Value;
            var first = script.Split('\n')[0];
            yield return new TestCaseData(script, expected).SetName($"Example_{++number:D2}_answers_{expected}_{Regex.Replace(first, @"[^a-z/]+", "_")[..Math.Min(40, first.Length)]}");
        }
    }

    [Test]
    public void The_guide_has_curl_examples() => Assert.That(Examples().Count(), Is.GreaterThanOrEqualTo(8));

    [TestCaseSource(nameof(Examples))]
    public async Task Runs_as_documented(string script, string expectedStatus)
    {
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        foreach (var (name, value) in _environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.That(Path.Exists("/usr/bin/curl"), Is.True, "the examples use curl");
        Assert.That(output.Trim().Split('\n').Last(), Is.EqualTo(expectedStatus), $"{script}\n{output}\n{errors}");
    }

    static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "docs", "integrators.md"))) return dir.FullName;
        throw new FileNotFoundException("docs/integrators.md");
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();
}
