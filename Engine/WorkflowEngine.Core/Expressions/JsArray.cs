namespace WorkflowEngine.Expressions;

/// <summary>A dense array.</summary>
internal sealed class JsArray
{
    public JsArray()
    {
        Items = [];
    }

    public JsArray(int capacity)
    {
        Items = new List<JsValue>(capacity);
    }

    public JsArray(List<JsValue> items)
    {
        Items = items;
    }

    public List<JsValue> Items { get; }

    public int Count => Items.Count;
}
