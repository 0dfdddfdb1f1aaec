using System.Collections.Concurrent;

namespace WorkflowEngine.Expressions;

/// <summary>The outcome of parsing one source text: a program, or the syntax error to rethrow.</summary>
internal sealed class ParseResult
{
    public ParseResult(ProgramNode program)
    {
        Program = program;
    }

    public ParseResult(JavaScriptErrorKind kind, string message, int line, int column)
    {
        ErrorKind = kind;
        ErrorMessage = message;
        Line = line;
        Column = column;
    }

    public ProgramNode? Program { get; }

    public JavaScriptErrorKind ErrorKind { get; }

    public string? ErrorMessage { get; }

    public int Line { get; }

    public int Column { get; }

    public JavaScriptException ToException() =>
        new(ErrorKind, ErrorKind == JavaScriptErrorKind.Syntax ? "SyntaxError: " + ErrorMessage : ErrorMessage!, Line, Column);
}

/// <summary>
/// A bounded, thread-safe cache of parse results keyed by source text. Hits are lock-free; when an insert takes the
/// count over capacity, about a quarter of the entries (whichever the dictionary enumerates first) are evicted.
/// </summary>
internal sealed class ProgramCache(int capacity)
{
    private readonly ConcurrentDictionary<string, ParseResult> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evictionLock = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ParseResult GetOrAdd(string source, Func<string, ParseResult> parse)
    {
        if (_entries.TryGetValue(source, out var cached))
        {
            return cached;
        }

        var result = parse(source);
        if (_entries.TryAdd(source, result) && Interlocked.Increment(ref _count) > capacity)
        {
            Evict();
        }

        return result;
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            var excess = Volatile.Read(ref _count) - capacity;
            if (excess <= 0)
            {
                return;
            }

            var toRemove = Math.Max(excess, capacity / 4);
            foreach (var key in _entries.Keys)
            {
                if (toRemove-- <= 0)
                {
                    break;
                }

                if (_entries.TryRemove(key, out _))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
        }
    }
}
