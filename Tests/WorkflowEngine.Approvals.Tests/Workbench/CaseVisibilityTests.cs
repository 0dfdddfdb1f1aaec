using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowEngine.Approvals.Cases;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Approvals.Workbench;
using WorkflowEngine.Calendar;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Workbench;

/// <summary>
/// The case-visibility rule behind every workbench read: the service centre sees everything, a department only cases
/// routed to it or where it has a task, and then only its own materials; the actions behind the screens refuse too.
/// </summary>
[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class CaseVisibilityTests(TestDatabase database)
{
    static readonly Actor Clerk = Counter.Clerk;
    TestEngine _engine = null!;

    [OneTimeSetUp]
    public async Task StartEngine() => _engine = await ApprovalsEngine.StartWithDemoAsync(database);

    [OneTimeTearDown]
    public async Task StopEngine() => await _engine.DisposeAsync();

    Task<Case> OpenBusinessAsync(string name = "孙八", string id = "330106198807071234") => _engine.OpenBusinessAsync(name, id);

    Task<CaseFile> OpenAsync(string number, Actor actor) => _engine.InScopeAsync<CaseAccess, CaseFile>(a => a.OpenAsync(number, actor));

    static Actor Reviewer(string department) => Desk.Person(department, StaffRole.Reviewer);

    [Test]
    public async Task The_service_centre_sees_every_material_of_a_case()
    {
        var @case = await OpenBusinessAsync();
        var file = await OpenAsync(@case.Number, Clerk);
        Assert.That(file.SeenByServiceCentre, Is.True);
        Assert.That(file.VisibleMaterials.Select(m => m.Code), Is.EquivalentTo(@case.Materials.Select(m => m.Code)));
    }

    [Test]
    public async Task A_department_deciding_before_the_routing_step_sees_only_its_own_materials()
    {
        var @case = await OpenBusinessAsync();
        var file = await OpenAsync(@case.Number, Reviewer("SAMR"));
        Assert.That(file.VisibleMaterials.Select(m => m.Code), Does.Contain("registration-application").And.Not.Contain("seal-application"));
    }

    [Test]
    public async Task A_department_the_case_is_not_routed_to_and_without_a_task_is_refused()
    {
        var @case = await OpenBusinessAsync();
        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => OpenAsync(@case.Number, Reviewer("PSB")));
        Assert.That(refused!.Code, Is.EqualTo("case-not-visible"), "public security is routed only once the licence is decided");
        await Assert.ThrowsAsync<CaseRefusedException>(() => OpenAsync(@case.Number, Reviewer("FIRE")));
    }

    [Test]
    public async Task Once_routed_a_department_sees_the_case_with_only_the_materials_routed_to_it()
    {
        var @case = await OpenBusinessAsync();
        await _engine.DecideAsync("SAMR", @case.Number);

        var file = await OpenAsync(@case.Number, Reviewer("PSB"));
        Assert.That(file.VisibleMaterials.Select(m => m.Code), Is.EquivalentTo(new[] { "business-licence", "legal-rep-id", "seal-application" }));
        var fire = await Assert.ThrowsAsync<CaseRefusedException>(() => OpenAsync(@case.Number, Reviewer("FIRE")));
        Assert.That(fire!.Code, Is.EqualTo("case-not-visible"));
    }

    [Test]
    public async Task Search_finds_by_number_name_or_id_number_only_among_the_cases_a_department_may_see()
    {
        var @case = await OpenBusinessAsync("钱七", "330106199001011234");
        async Task<IReadOnlyList<Case>> Search(string term, Actor actor) => await _engine.InScopeAsync<CaseAccess, IReadOnlyList<Case>>(a => a.SearchAsync(term, actor));

        Assert.That((await Search(@case.Number, Clerk)).Single().Number, Is.EqualTo(@case.Number));
        Assert.That((await Search("钱", Clerk)).Select(c => c.Number), Does.Contain(@case.Number));
        Assert.That((await Search("330106199001011234", Clerk)).Select(c => c.Number), Does.Contain(@case.Number));
        Assert.That(await Search(@case.Number, Reviewer("FIRE")), Is.Empty);
        Assert.That((await Search(@case.Number, Reviewer("SAMR"))).Single().Number, Is.EqualTo(@case.Number), "market regulation has the licence task");
    }

    [Test]
    public async Task Supplements_are_received_only_by_a_clerk_of_the_service_centre()
    {
        var @case = await OpenBusinessAsync();
        var desk = (Func<Actor, Task<Case>>)(actor => _engine.InScopeAsync<CaseDesk, Case>(d => d.ReceiveSupplementAsync(@case.Number, ["employee-list"], actor)));

        Assert.That((await Assert.ThrowsAsync<CaseRefusedException>(() => desk(Reviewer("FIRE"))))!.Code, Is.EqualTo("case-not-visible"));
        Assert.That((await Assert.ThrowsAsync<TaskRefusedException>(() => desk(Reviewer("SAMR"))))!.Code, Is.EqualTo("task-not-yours"));
        var supplied = await desk(Clerk);
        Assert.That(supplied.Materials.Single(m => m.Code == "employee-list").ReceivedAt, Is.Not.Null);
    }

    [Test]
    public async Task The_case_page_of_another_department_is_refused_and_a_routed_one_shows_the_opinions_so_far()
    {
        var @case = await OpenBusinessAsync();
        await _engine.DecideAsync("SAMR", @case.Number);

        var dossier = await _engine.InScopeAsync<CaseDesk, CaseDossier>(d => d.OpenAsync(@case.Number, Reviewer("TAX")));
        Assert.That(dossier.Opinions.Select(o => (o.DepartmentCode, o.Outcome)), Is.EqualTo(new[] { ("CENTRE", (string?)"Accept"), ("SAMR", "Pass"), ("SAMR", "Approved") }));
        Assert.That(dossier.MyTasks.Single().Role, Is.EqualTo(StaffRole.Reviewer));
        Assert.That(dossier.Timeline.Any(j => j.Event == "Routed"), Is.True);
        await Assert.ThrowsAsync<CaseRefusedException>(() => _engine.InScopeAsync<CaseDesk, CaseDossier>(d => d.OpenAsync(@case.Number, Reviewer("HEALTH"))));
    }

    [Test]
    public async Task A_package_form_without_its_required_fields_is_not_taken_in()
    {
        var refused = await Assert.ThrowsAsync<CaseRefusedException>(() => _engine.InScopeAsync<IntakeDesk, Case>(d => d.ReceiveAsync(
            new NewCase(new Applicant("李四", "居民身份证", "110101199003071234"), "open-business", Form: new JsonObject { ["companyName"] = "某某" }), Clerk)));
        Assert.That(refused!.Code, Is.EqualTo("form-incomplete"));
        Assert.That(refused.Problems, Does.Contain("企业类型"));
    }
}
