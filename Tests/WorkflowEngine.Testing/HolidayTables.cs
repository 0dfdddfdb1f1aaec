namespace WorkflowEngine.Testing;

/// <summary>Holiday tables in the official CSV format for tests that load a year.</summary>
public static class HolidayTables
{
    /// <summary>An invented but plausible 2027 table: 18 weekdays off, 5 make-up days, 248 working days; Spring Festival 5–12 Feb, make-up Saturday 20 Feb.</summary>
    public static string Plausible2027()
    {
        using var stream = typeof(HolidayTables).Assembly.GetManifestResourceStream("WorkflowEngine.Testing.Data.cn-2027-plausible.csv")
            ?? throw new InvalidOperationException("the 2027 test table is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A table built from lines such as "2025-03-10,off,本地休息日", with the header in front.</summary>
    public static string Of(params string[] rows) => string.Join("\n", ["date,kind,name", .. rows]);
}
