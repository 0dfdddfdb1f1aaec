using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>
/// A sample package's case walked over HTTP as the people behind the API would: the clerk, each department's reviewer and
/// approver (two different people), the single window. Every step is a real request to a server process.
/// </summary>
internal sealed class CaseWalk(IntegratorServer server, string key, string number)
{
    public string Number { get; } = number;

    /// <summary>Takes an application for <paramref name="package"/> in with every required material but <paramref name="deferred"/>.</summary>
    public static async Task<CaseWalk> ApplyAsync(IntegratorServer server, string key, string package, string[]? deferred = null, string? deferralDeadline = null,
        Dictionary<string, object?>? form = null)
    {
        var fields = FormOf(package);
        foreach (var (name, value) in form ?? []) fields[name] = value;
        var created = await server.PostAsync("/api/v1/cases", key, new
        {
            packageCode = package,
            applicant = new { name = "周一", idType = "居民身份证", idNumber = "330106199001011234", phone = "13800138000", organization = "杭州某某有限公司" },
            form = fields,
            materialsReceived = RequiredMaterials(package).Except(deferred ?? []).ToArray(),
            materialsDeferred = deferred,
            deferralDeadline,
            receivedBy = "clerk",
        });
        Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created), created.ToString());
        return new CaseWalk(server, key, created.Text("number")!);
    }

    /// <summary>The required materials of a demo package's matters, as the catalog lists them.</summary>
    public static IReadOnlyList<string> RequiredMaterials(string package) => MaterialsOf(package, m => (bool?)m["required"] ?? true);

    /// <summary>The deferrable materials (容缺) a package declares.</summary>
    public static IReadOnlyList<string> DeferrableMaterials(string package) => MaterialsOf(package, m => (bool?)m["deferrable"] ?? false);

    static readonly Lazy<JsonObject> Catalog = new(() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scenarios", "demo-catalog.json")))!);

    static List<string> MaterialsOf(string package, Func<JsonNode, bool> which)
    {
        var members = Catalog.Value["packages"]!.AsArray().Single(p => (string?)p!["code"] == package)!["members"]!.AsArray()
            .Select(m => (string)m!["matterCode"]!).ToHashSet();
        return Catalog.Value["matters"]!.AsArray().Where(m => members.Contains((string)m!["code"]!))
            .SelectMany(m => m!["materials"]!.AsArray()).Where(m => which(m!)).Select(m => (string)m!["code"]!).Distinct().ToList();
    }

    // A form that passes every package's schema: the fields each package asks for, with plausible values.
    static Dictionary<string, object?> FormOf(string package) => package switch
    {
        "hpf-withdrawal" => new() { ["applicantName"] = "周一", ["applicantId"] = "330106199001011234", ["accountNumber"] = "HPF0001", ["employer"] = "杭州某某有限公司",
            ["reason"] = "购买自住住房", ["amount"] = 1200, ["bankCardNumber"] = "6222000000000001" },
        _ => new() { ["name"] = "周一" },
    };

    public async Task<JsonElement> ReadAsync()
    {
        var read = await server.GetAsync($"/api/v1/cases/{Number}", key);
        Assert.That(read.Status, Is.EqualTo(HttpStatusCode.OK), read.ToString());
        return read.Json;
    }

    public async Task<(string Status, int Code)> StatusAsync()
    {
        var json = await ReadAsync();
        return (json.GetProperty("status").GetString()!, json.GetProperty("statusCode").GetInt32());
    }

    public async Task<List<JsonElement>> OpenTasksAsync() => [.. (await ReadAsync()).GetProperty("tasks").EnumerateArray()];

    public async Task<JsonElement> OpenTaskAsync(string department, string role)
    {
        var tasks = await OpenTasksAsync();
        var task = tasks.SingleOrDefault(t => t.GetProperty("departmentCode").GetString() == department && t.GetProperty("role").GetString() == role);
        Assert.That(task.ValueKind, Is.EqualTo(JsonValueKind.Object),
            $"no open {role} task of {department} on {Number}; open: {string.Join(", ", tasks.Select(t => t.GetProperty("departmentCode") + "/" + t.GetProperty("role")))}");
        return task;
    }

    /// <summary>Claims and completes one open task as the demo person of its department and role.</summary>
    public async Task ActAsync(JsonElement task, string outcome, object? data = null, string? comment = null)
    {
        var id = task.GetProperty("id").GetString();
        var user = UserFor(task.GetProperty("departmentCode").GetString()!, task.GetProperty("role").GetString()!);
        var claimed = await server.PostAsync($"/api/v1/tasks/{id}/claim", key, new { user });
        Assert.That(claimed.Status, Is.EqualTo(HttpStatusCode.OK), claimed.ToString());
        var completed = await server.PostAsync($"/api/v1/tasks/{id}/complete", key, new { user, outcome, comment = comment ?? outcome, data });
        Assert.That(completed.Status, Is.EqualTo(HttpStatusCode.OK), completed.ToString());
    }

    public async Task ActAsync(string department, string role, string outcome, object? data = null) =>
        await ActAsync(await OpenTaskAsync(department, role), outcome, data);

    public Task AcceptAsync() => ActAsync("CENTRE", "Clerk", "Accept");

    /// <summary>
    /// Approves every review until none is open: each department's reviewer passes, its approver approves; stops at the
    /// single window (or when nothing is open). Returns the departments in the order they decided.
    /// </summary>
    public async Task<List<string>> ApproveAllAsync()
    {
        var decided = new List<string>();
        for (var round = 0; round < 40; round++)
        {
            var tasks = (await OpenTasksAsync()).Where(t => t.GetProperty("role").GetString() is "Reviewer" or "Approver").ToList();
            if (tasks.Count == 0) return decided;
            foreach (var task in tasks)
            {
                var approver = task.GetProperty("role").GetString() == "Approver";
                await ActAsync(task, approver ? "Approved" : "Pass");
                if (approver) decided.Add(task.GetProperty("departmentCode").GetString()!);
            }
        }
        Assert.Fail($"case {Number} never left review");
        return decided;
    }

    public Task IssueAsync() => ActAsync("CENTRE", "SingleWindow", "AtWindow", new { identityChecked = "居民身份证 330106199001011234" });

    public async Task SupplementAsync(params string[] materials)
    {
        var answer = await server.PostAsync($"/api/v1/cases/{Number}/supplements", key, new { materials, receivedBy = "clerk" });
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
    }

    public async Task<List<string>> DocumentKindsAsync() =>
        [.. (await ReadAsync()).GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!)];

    public async Task<JsonElement> ClockAsync() => (await ReadAsync()).GetProperty("clock");

    /// <summary>The faults (办理异常) the case shows; a walk that went right has none.</summary>
    public async Task<List<string>> FaultsAsync() =>
        [.. (await ReadAsync()).GetProperty("faults").EnumerateArray().Select(f => f.GetProperty("message").GetString()!)];

    static string UserFor(string department, string role) => role switch
    {
        "Clerk" => "clerk",
        "SingleWindow" => "window",
        "Supervisor" => "supervisor",
        "Reviewer" => department.ToLowerInvariant() + "-reviewer",
        "Approver" => department.ToLowerInvariant() + "-approver",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no demo person for this role"),
    };
}
