using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Approvals.Data;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals;

/// <summary>A small catalog for tests: the food business licence with one deferrable material.</summary>
internal static class CatalogFixture
{
    public static Task AddFoodLicenceAsync(this TestEngine engine, string packageCode, string workflowDefinitionId) =>
        engine.InScopeAsync<ApprovalsDbContext, int>(async db =>
        {
            if (await db.Departments.FindAsync("SAMR") is null) db.Departments.Add(new Department { Code = "SAMR", Name = "市场监督管理局" });
            if (await db.Departments.FindAsync("CENTRE") is null) db.Departments.Add(new Department { Code = "CENTRE", Name = "政务服务中心", IsServiceCentre = true });
            if (await db.Matters.FindAsync("SAMR-FOOD") is null)
                db.Matters.Add(new Matter
                {
                    Code = "SAMR-FOOD", Name = "食品经营许可", DepartmentCode = "SAMR", StatutoryLimit = "20d", CommittedLimit = "5d",
                    Materials = [new("M1", "食品经营许可申请书"), new("M2", "营业执照复印件"), new("M3", "食品安全管理制度", Required: true, Deferrable: true)],
                });
            db.Packages.Add(new Package { Code = packageCode, Name = "食品经营许可", CommittedLimit = "5d", WorkflowDefinitionId = workflowDefinitionId, Members = [new("SAMR-FOOD")] });
            return await db.SaveChangesAsync();
        });

    /// <summary>Company registration with an instant-approval rule (秒批): a checked name and an address on the register.</summary>
    public static Task AddCompanyRegistrationAsync(this TestEngine engine, string packageCode, string workflowDefinitionId) =>
        engine.InScopeAsync<ApprovalsDbContext, int>(async db =>
        {
            if (await db.Departments.FindAsync("SAMR") is null) db.Departments.Add(new Department { Code = "SAMR", Name = "市场监督管理局" });
            if (await db.Matters.FindAsync("SAMR-REG") is null)
                db.Matters.Add(new Matter
                {
                    Code = "SAMR-REG", Name = "企业设立登记", DepartmentCode = "SAMR", StatutoryLimit = "15d", CommittedLimit = "0.5d",
                    Materials = [new("R1", "设立登记申请书")],
                    InstantApprovalRule = "input.nameCheck === 'passed' && input.addressOnRegister === true && !(input.dishonestList ?? []).includes(input.legalRepresentative)",
                });
            db.Packages.Add(new Package { Code = packageCode, Name = "企业设立登记", CommittedLimit = "0.5d", WorkflowDefinitionId = workflowDefinitionId, Members = [new("SAMR-REG")] });
            return await db.SaveChangesAsync();
        });
}
