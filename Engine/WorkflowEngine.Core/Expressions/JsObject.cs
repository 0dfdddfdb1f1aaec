namespace WorkflowEngine.Expressions;

/// <summary>A plain object with insertion-ordered own properties and no prototype.</summary>
internal class JsObject
{
    private OrderedDictionary<string, JsValue>? _properties;

    public JsObject()
    {
    }

    public JsObject(int capacity)
    {
        if (capacity > 0)
        {
            _properties = new OrderedDictionary<string, JsValue>(capacity, StringComparer.Ordinal);
        }
    }

    /// <summary>Built-in namespaces (Math, JSON, ...) are shared by all evaluations and must not change.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>A short name used in error messages.</summary>
    public virtual string Describe => "object";

    public int Count => _properties?.Count ?? 0;

    public JsObject Freeze()
    {
        IsFrozen = true;
        return this;
    }

    public virtual bool TryGet(Interpreter context, string key, out JsValue value)
    {
        if (_properties is not null && _properties.TryGetValue(key, out value))
        {
            return true;
        }

        value = JsValue.Undefined;
        return false;
    }

    public virtual void Set(Interpreter context, string key, JsValue value)
    {
        if (IsFrozen)
        {
            throw context.TypeError($"cannot assign to property '{key}' of the built-in {Describe}");
        }

        _properties ??= new OrderedDictionary<string, JsValue>(StringComparer.Ordinal);
        if (_properties.Count >= context.MaxArrayLength && !_properties.ContainsKey(key))
        {
            throw context.LimitExceeded($"object with more than {context.MaxArrayLength} properties");
        }

        _properties[key] = value;
    }

    /// <summary>Adds a property without limit checks; used to build built-ins and to copy host data.</summary>
    public void SetUnchecked(string key, JsValue value)
    {
        _properties ??= new OrderedDictionary<string, JsValue>(StringComparer.Ordinal);
        _properties[key] = value;
    }

    /// <summary>Own enumerable keys in ECMAScript order: array-index keys ascending, then the rest in insertion order.</summary>
    public virtual List<string> OwnKeys(Interpreter context)
    {
        var keys = new List<string>(Count);
        if (_properties is null)
        {
            return keys;
        }

        var hasIndexKeys = false;
        foreach (var key in _properties.Keys)
        {
            hasIndexKeys |= Conversions.TryGetArrayIndex(key, out _);
            keys.Add(key);
        }

        if (hasIndexKeys)
        {
            var indexKeys = keys.Where(k => Conversions.TryGetArrayIndex(k, out _))
                .OrderBy(k => Conversions.TryGetArrayIndex(k, out var i) ? i : 0);
            keys = indexKeys.Concat(keys.Where(k => !Conversions.TryGetArrayIndex(k, out _))).ToList();
        }

        return keys;
    }
}
