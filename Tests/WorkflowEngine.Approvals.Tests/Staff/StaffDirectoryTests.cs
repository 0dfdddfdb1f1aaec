using WorkflowEngine.Approvals;
using WorkflowEngine.Approvals.Staff;
using WorkflowEngine.Approvals.Tasks;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Staff;

[TestFixture(TestDatabase.Sqlite)]
[TestFixture(TestDatabase.PostgreSql)]
[Parallelizable(ParallelScope.Fixtures)]
public class StaffDirectoryTests(TestDatabase database)
{
    [Test]
    public async Task An_account_is_stored_with_a_salted_hash_and_signs_in_only_with_its_password()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        await engine.Services.LoadDemoCatalogAsync();

        var created = await engine.InScopeAsync((StaffDirectory s) => s.CreateAsync(new NewStaffMember("tax-reviewer9", "税务局 审查员九", "TAX", StaffRole.Reviewer, "correct horse")));
        var twin = await engine.InScopeAsync((StaffDirectory s) => s.CreateAsync(new NewStaffMember("tax-reviewer10", "税务局 审查员十", "TAX", StaffRole.Reviewer, "correct horse")));
        var right = await engine.InScopeAsync((StaffDirectory s) => s.SignInAsync("tax-reviewer9", "correct horse"));
        var wrong = await engine.InScopeAsync((StaffDirectory s) => s.SignInAsync("tax-reviewer9", "correct horsE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.PasswordHash, Does.Not.Contain("correct horse"));
            Assert.That(created.PasswordHash, Is.Not.EqualTo(twin.PasswordHash), "the same password hashes differently for two people");
            Assert.That(right.Outcome, Is.EqualTo(SignInOutcome.SignedIn));
            Assert.That(right.Member!.AsActor(), Is.EqualTo(new Actor("tax-reviewer9", "TAX", StaffRole.Reviewer)));
            Assert.That(right.DepartmentName, Is.EqualTo("税务局"), "the header shows the department by name");
            Assert.That(wrong.Outcome, Is.EqualTo(SignInOutcome.Refused));
        }
    }

    [Test]
    public async Task An_account_with_a_short_password_or_an_unknown_department_is_refused_and_not_stored()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        await engine.Services.LoadDemoCatalogAsync();

        var refused = (await Assert.ThrowsAsync<StaffRefusedException>(() =>
            engine.InScopeAsync((StaffDirectory s) => s.CreateAsync(new NewStaffMember("x1", "某人", "NOWHERE", StaffRole.Clerk, "short")))))!;
        var stored = await engine.InScopeAsync((StaffDirectory s) => s.FindAsync("x1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Code, Is.EqualTo("invalid-staff-member"));
            Assert.That(refused.Problems, Has.Some.StartsWith("password").And.Some.StartsWith("departmentCode"));
            Assert.That(stored, Is.Null);
        }
    }

    [Test]
    public async Task The_demo_accounts_cover_every_role_and_every_department_has_a_reviewer_and_an_approver()
    {
        await using var engine = await ApprovalsEngine.StartAsync(database);
        await engine.Services.LoadDemoCatalogAsync();

        var added = await engine.Services.LoadDemoStaffAsync();
        var again = await engine.Services.LoadDemoStaffAsync();
        var samr = await engine.InScopeAsync((StaffDirectory s) => s.ColleaguesAsync("SAMR"));
        var centre = await engine.InScopeAsync((StaffDirectory s) => s.ColleaguesAsync("CENTRE"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.GreaterThan(30));
            Assert.That(again, Is.Zero);
            Assert.That(samr.Select(m => m.Role), Is.SupersetOf(new[] { StaffRole.Reviewer, StaffRole.Approver }));
            Assert.That(centre.Select(m => m.Role), Is.SupersetOf(new[] { StaffRole.Clerk, StaffRole.SingleWindow, StaffRole.Supervisor, StaffRole.Designer, StaffRole.Administrator }));
        }
    }
}
