using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowEngine.Persistence;

/// <summary>How instants are stored per provider, shared by every module's database context.</summary>
public static class ProviderConventions
{
    /// <summary>SQLite has no date type; UTC ticks keep order and precision and let EF translate comparisons.</summary>
    public static void UseUtcTicks(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    /// <summary>timestamptz takes UTC only; calendar arithmetic hands out Beijing-time offsets, which are the same instants.</summary>
    public static void UseUtc(ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
    }

    sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
