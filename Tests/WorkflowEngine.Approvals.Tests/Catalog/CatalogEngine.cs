using WorkflowEngine.Approvals.Catalog;
using WorkflowEngine.Testing;

namespace WorkflowEngine.Tests.Approvals.Catalog;

/// <summary>Short ways for the catalog tests to call <see cref="CatalogService"/> in a scope of its own.</summary>
internal static class CatalogEngine
{
    public static Task<T> CatalogAsync<T>(this TestEngine engine, Func<CatalogService, Task<T>> action) => engine.InScopeAsync(action);

    public static Task CatalogAsync(this TestEngine engine, Func<CatalogService, Task> action) =>
        engine.InScopeAsync<CatalogService, bool>(async s => { await action(s); return true; });

    /// <summary>The refusal a change meets; fails the test when the change is accepted.</summary>
    public static async Task<CatalogRefusedException> RefusalAsync(this TestEngine engine, Func<CatalogService, Task> action)
    {
        try
        {
            await engine.CatalogAsync(action);
        }
        catch (CatalogRefusedException e)
        {
            return e;
        }
        Assert.Fail("the change was accepted");
        throw new InvalidOperationException();
    }
}

/// <summary>Small valid entries to change one thing at a time.</summary>
internal static class Entries
{
    public static Matter Matter(string code, string department = "SAMR", string statutory = "20d", string committed = "5d") => new()
    {
        Code = code,
        Name = "测试事项 " + code,
        DepartmentCode = department,
        StatutoryLimit = statutory,
        CommittedLimit = committed,
        Materials = [new("application", "申请书"), new("site-photo", "现场照片", Deferrable: true)],
    };

    public static Package Package(string code, params PackageMember[] members) => new()
    {
        Code = code,
        Name = "测试套餐 " + code,
        CommittedLimit = "3d",
        Members = [.. members],
        FormSchema = """[{"name":"applicant","label":"申请人","type":"text","required":true}]""",
    };
}
