using System.Net;
using System.Text.Json;
using WorkflowEngine.Testing;
using WorkflowEngine.Tests.Server.Integrators;

namespace WorkflowEngine.Tests.Server.Scenarios;

/// <summary>
/// Every sample package, every branch, over HTTP against a server process on the tests' fixed date: accept and issue,
/// correction then supplement, a department's return then the revision, deferred materials, refusal at intake,
/// withdrawal, refusal by a department, 秒批. Each walk checks the status and its national code, the documents, the
/// clock, and that the case never faulted.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class SamplePackageScenarioTests(TestDatabase database)
{
    static readonly string[] Packages = ["open-business", "open-restaurant", "newborn", "construction-parallel", "hpf-withdrawal", "food-licence"];
    static readonly string[] DeferringPackages = ["open-restaurant", "newborn", "construction-parallel", "food-licence"];

    IntegratorServer _server = null!;
    string _key = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _server = await ScenarioServer.StartAsync(database);
        _key = await _server.CreateKeyAsync("scenarios", ScenarioServer.AllDepartments);
    }

    [OneTimeTearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    Task<CaseWalk> ApplyAsync(string package, string[]? deferred = null) => CaseWalk.ApplyAsync(_server, _key, package, deferred);

    [TestCaseSource(nameof(Packages))]
    public async Task Accepted_reviewed_by_every_department_and_issued_at_the_single_window_completes_approved(string package)
    {
        var walk = await ApplyAsync(package);
        await walk.AcceptAsync();
        var started = await walk.ClockAsync();
        await walk.ApproveAllAsync();
        await walk.IssueAsync();

        var done = await walk.ReadAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApproved", 11)));
            Assert.That(started.ValueKind, Is.EqualTo(JsonValueKind.Object), "the package's clock started on acceptance");
            Assert.That(done.GetProperty("clock").GetProperty("completedAt").ValueKind, Is.EqualTo(JsonValueKind.String), "the clock stopped at the decision");
            Assert.That(await walk.DocumentKindsAsync(), Is.SupersetOf(new[] { "Receipt", "AcceptanceNotice", "DecisionNotice", "DeliveryRecord" }));
            var licences = done.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "Licence").ToList();
            Assert.That(licences, package == "hpf-withdrawal" ? Is.Empty : Is.Not.Empty, "an approval that issues a licence hands it out");
            Assert.That(licences.Select(l => l.GetProperty("content").GetString()), Has.All.Contain("发证机关").And.All.Contain(walk.Number + "-L"));
            var notice = done.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "AcceptanceNotice").GetProperty("content").GetString();
            Assert.That(notice, Does.Contain(walk.Number).And.Contain(started.GetProperty("committedDueDate").GetString()!).And.Contain("受理人：clerk"),
                "the acceptance notice names the case, the date the decision is due and the clerk (art. 32)");
            Assert.That(await walk.OpenTasksAsync(), Is.Empty);
            Assert.That(await walk.FaultsAsync(), Is.Empty);
        }
        var rated = await _server.PostAsync($"/api/v1/cases/{walk.Number}/rating", _key, new { level = 5, comment = "办事很快" });
        Assert.That(rated.Status, Is.EqualTo(HttpStatusCode.OK), rated.ToString());
        Assert.That(rated.Json.GetProperty("rating").GetInt32(), Is.EqualTo(5), "好差评 recorded on the case");
    }

    [Test]
    public async Task A_bad_rating_opens_the_responsible_departments_rectification_and_a_second_rating_is_refused()
    {
        var early = await ApplyAsync("food-licence");
        var notYet = await _server.PostAsync($"/api/v1/cases/{early.Number}/rating", _key, new { level = 5 });
        Assert.That((notYet.Status, notYet.Text("code")), Is.EqualTo((HttpStatusCode.Conflict, "not-awaiting-rating")), "a case is rated when it is finished");

        var walk = await ApplyAsync("food-licence");
        await walk.AcceptAsync();
        await walk.ApproveAllAsync();
        await walk.IssueAsync();
        var bad = await _server.PostAsync($"/api/v1/cases/{walk.Number}/rating", _key, new { level = 2, comment = "等候时间太长" });

        Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.OK), bad.ToString());
        Assert.That((await walk.OpenTasksAsync()).Select(t => t.GetProperty("departmentCode").GetString()), Does.Contain("SAMR"), "the rectification (整改) is SAMR's task");
        var again = await _server.PostAsync($"/api/v1/cases/{walk.Number}/rating", _key, new { level = 5 });
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Conflict));
        var invalid = await _server.PostAsync($"/api/v1/cases/{early.Number}/rating", _key, new { level = 6 });
        Assert.That((invalid.Status, invalid.Text("code")), Is.EqualTo((HttpStatusCode.BadRequest, "invalid-rating")));
    }

    [TestCaseSource(nameof(Packages))]
    public async Task A_correction_notice_waits_for_every_listed_material_then_the_window_accepts_and_the_case_goes_on(string package)
    {
        var materials = CaseWalk.RequiredMaterials(package);
        var walk = await ApplyAsync(package);
        await walk.ActAsync("CENTRE", "Clerk", "CorrectionNotice", new { missing = $"{materials[0]}、{materials[1]}" });
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CorrectionStarted", 6)));
        var notice = (await walk.ReadAsync()).GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "CorrectionNotice");
        Assert.That(notice.GetProperty("content").GetString(), Does.Contain(walk.Number).And.Contain("一次性补正").And.Contain("逾期未补正"),
            "one notice of everything to correct, and what happens if it is missed");

        await walk.SupplementAsync(materials[0]);
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CorrectionStarted", 6)), "one listed material is still missing");
        Assert.That(await walk.OpenTasksAsync(), Is.Empty);

        await walk.SupplementAsync(materials[1]);
        await walk.AcceptAsync(); // the window checks the corrected application again
        await walk.ApproveAllAsync();
        await walk.IssueAsync();

        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApproved", 11)));
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(Packages))]
    public async Task A_department_return_stops_the_clock_until_the_revision_and_the_same_review_resumes(string package)
    {
        var material = CaseWalk.RequiredMaterials(package)[0];
        var walk = await ApplyAsync(package);
        await walk.AcceptAsync();
        var review = (await walk.OpenTasksAsync()).FirstOrDefault(t => t.GetProperty("role").GetString() == "Reviewer");
        if (review.ValueKind != JsonValueKind.Object) Assert.Fail($"{package}: no department review after acceptance");
        var department = review.GetProperty("departmentCode").GetString()!;
        await walk.ActAsync(review, "Returned", new { missing = $"{material}（请提供清晰完整的版本）" });
        await walk.ApproveAllAsync(); // in a parallel review the others finish theirs; the return then decides

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await walk.StatusAsync(), Is.EqualTo(("CorrectionStarted", 6)));
            Assert.That((await walk.ClockAsync()).GetProperty("isPaused").GetBoolean(), Is.True, "the clock stops while the case is with the applicant");
            Assert.That((await walk.ReadAsync()).GetProperty("documents").EnumerateArray().Last().GetProperty("content").GetString(), Does.Contain(material));
        }

        await walk.SupplementAsync(material);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await walk.StatusAsync(), Is.EqualTo(("CorrectionEnded", 7)));
            Assert.That((await walk.ClockAsync()).GetProperty("isPaused").GetBoolean(), Is.False, "the clock runs again from the revision");
            Assert.That((await walk.OpenTasksAsync()).Select(t => (t.GetProperty("departmentCode").GetString(), t.GetProperty("role").GetString())),
                Does.Contain((department, "Reviewer")), "the same department reviews again");
        }
        await walk.ApproveAllAsync();
        await walk.IssueAsync();
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApproved", 11)));
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(DeferringPackages))]
    public async Task Accepted_with_a_deferred_material_is_issued_under_the_commitment_and_the_material_arrives_later(string package)
    {
        var deferred = CaseWalk.DeferrableMaterials(package)[0];
        var walk = await ApplyAsync(package, [deferred]);
        await walk.ActAsync("CENTRE", "Clerk", "AcceptWithDeferredMaterials");
        var notice = (await walk.ReadAsync()).GetProperty("documents").EnumerateArray().Last(d => d.GetProperty("kind").GetString() == "DeferredMaterialsNotice")
            .GetProperty("content").GetString();
        Assert.That(notice, Does.Contain(deferred + " ").And.Contain("前补齐").And.Contain("逾期未补齐").And.Contain("申请人承诺"),
            "each deferred material with its form and deadline, the consequence and the commitment");
        Assert.That(notice, Does.Match(deferred + @" [^（]+（[^）]+）"), "the form it is to be handed in");
        await walk.ApproveAllAsync();
        await walk.IssueAsync();
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApprovedUnderDeferredMaterials", 12)));

        await walk.SupplementAsync(deferred);
        var supplied = await walk.ReadAsync();
        Assert.That(supplied.GetProperty("materials").EnumerateArray().Single(m => m.GetProperty("code").GetString() == deferred)
            .GetProperty("receivedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(Packages))]
    public async Task A_refusal_at_intake_takes_effect_when_the_supervising_leader_approves_it(string package)
    {
        var walk = await ApplyAsync(package);
        await walk.ActAsync("CENTRE", "Clerk", "Refuse", new { reason = "申请事项不属于本机关职权范围", legalBasis = "《中华人民共和国行政许可法》第三十二条" });
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("Received", 1)), "窗口无否决权: only proposed so far");
        Assert.That(await walk.DocumentKindsAsync(), Does.Not.Contain("RefusalNotice"));
        await walk.ActAsync("CENTRE", "Supervisor", "ApproveRefusal");

        Assert.That(await walk.StatusAsync(), Is.EqualTo(("Refused", 5)));
        Assert.That(await walk.DocumentKindsAsync(), Does.Contain("RefusalNotice"));
        Assert.That(await walk.OpenTasksAsync(), Is.Empty);
        Assert.That(await walk.FaultsAsync(), Is.Empty);
        Assert.That((await _server.PostAsync($"/api/v1/cases/{walk.Number}/rating", _key, new { level = 3 })).Status, Is.EqualTo(HttpStatusCode.OK),
            "a refused applicant rates the service too (好差评)");
    }

    [Test]
    public async Task A_refusal_the_supervising_leader_rejects_goes_back_to_the_window()
    {
        var walk = await ApplyAsync("food-licence");
        await walk.ActAsync("CENTRE", "Clerk", "Refuse", new { reason = "材料不齐", legalBasis = "第三十二条" });
        await walk.ActAsync("CENTRE", "Supervisor", "RejectRefusal");

        await walk.AcceptAsync();
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("Accepted", 3)));
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(Packages))]
    public async Task An_accepted_case_withdrawn_by_the_applicant_stops_everywhere(string package)
    {
        var walk = await ApplyAsync(package);
        await walk.AcceptAsync();
        var answer = await _server.PostAsync($"/api/v1/cases/{walk.Number}/withdrawal", _key, new { requestedBy = "周一", reason = "不再需要" });

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("Revoked", 14)));
        Assert.That(await walk.OpenTasksAsync(), Is.Empty);
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [TestCaseSource(nameof(Packages))]
    public async Task A_department_that_refuses_decides_the_case_as_not_approved_in_writing(string package)
    {
        var walk = await ApplyAsync(package);
        await walk.AcceptAsync();
        var review = (await walk.OpenTasksAsync()).First(t => t.GetProperty("role").GetString() == "Reviewer");
        var department = review.GetProperty("departmentCode").GetString()!;
        await walk.ActAsync(review, "Pass");
        await walk.ActAsync(department, "Approver", "Rejected", new { reason = "不符合法定条件", legalBasis = "相关法规" });
        await walk.ApproveAllAsync(); // in a parallel review the others finish theirs; the refusal then decides

        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedNotApproved", 13)));
        Assert.That(await walk.DocumentKindsAsync(), Does.Contain("DecisionNotice"));
        Assert.That((await _server.PostAsync($"/api/v1/cases/{walk.Number}/rating", _key, new { level = 4 })).Status, Is.EqualTo(HttpStatusCode.OK),
            "every decided case can be rated (好差评)");
        Assert.That((await walk.ClockAsync()).GetProperty("completedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(await walk.OpenTasksAsync(), Is.Empty);
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_housing_fund_withdrawal_within_the_rules_is_approved_with_no_reviewer_and_paid_out_by_the_bank()
    {
        var walk = await CaseWalk.ApplyAsync(_server, _key, "hpf-withdrawal", form: new() { ["reason"] = "租房", ["amount"] = "1200" });
        await walk.AcceptAsync();

        var open = await walk.OpenTasksAsync();
        Assert.That(open.Select(t => t.GetProperty("departmentCode").GetString()), Is.EqualTo(new[] { "BANK" }), "秒批 left only the bank's payout");
        Assert.That(await walk.ApproveAllAsync(), Is.EqualTo(new[] { "BANK" }));
        await walk.IssueAsync();
        Assert.That(await walk.StatusAsync(), Is.EqualTo(("CompletedApproved", 11)));
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_housing_fund_withdrawal_without_an_amount_goes_to_a_reviewer()
    {
        var walk = await CaseWalk.ApplyAsync(_server, _key, "hpf-withdrawal", form: new() { ["reason"] = "租房", ["amount"] = null });
        await walk.AcceptAsync();

        Assert.That((await walk.OpenTasksAsync()).Select(t => (t.GetProperty("departmentCode").GetString(), t.GetProperty("role").GetString())),
            Is.EqualTo(new[] { ("HPF", "Reviewer") }), "a missing amount never satisfies a rule");
        Assert.That(await walk.FaultsAsync(), Is.Empty);
    }
}
