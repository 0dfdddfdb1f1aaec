using System.Runtime.CompilerServices;

namespace WorkflowEngine.Expressions;

internal enum JsType : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
    Function,

    /// <summary>Internal marker: an optional chain short-circuited. Never escapes a chain expression.</summary>
    ChainBreak,
}

/// <summary>A script value: a tagged union that keeps numbers and booleans unboxed.</summary>
internal readonly struct JsValue
{
    public static readonly JsValue Undefined = default;
    public static readonly JsValue Null = new(JsType.Null, 0, null);
    public static readonly JsValue True = new(JsType.Boolean, 1, null);
    public static readonly JsValue False = new(JsType.Boolean, 0, null);
    public static readonly JsValue ChainBreak = new(JsType.ChainBreak, 0, null);
    public static readonly JsValue EmptyString = new(JsType.String, 0, string.Empty);
    public static readonly JsValue NaN = new(JsType.Number, double.NaN, null);

    public readonly JsType Type;
    private readonly double _number;
    private readonly object? _ref;

    private JsValue(JsType type, double number, object? reference)
    {
        Type = type;
        _number = number;
        _ref = reference;
    }

    public double Number => _number;

    public bool Boolean => _number != 0;

    public string String => Unsafe.As<string>(_ref!);

    public JsArray Array => Unsafe.As<JsArray>(_ref!);

    public JsObject Object => Unsafe.As<JsObject>(_ref!);

    public JsFunction Function => Unsafe.As<JsFunction>(_ref!);

    public object? Reference => _ref;

    public bool IsNullish => Type <= JsType.Null;

    public bool IsNumber => Type == JsType.Number;

    public bool IsString => Type == JsType.String;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromNumber(double value) => new(JsType.Number, value, null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue FromBoolean(bool value) => value ? True : False;

    public static JsValue FromString(string value) => new(JsType.String, 0, value);

    public static JsValue FromArray(JsArray value) => new(JsType.Array, 0, value);

    public static JsValue FromObject(JsObject value) => new(JsType.Object, 0, value);

    public static JsValue FromFunction(JsFunction value) => new(JsType.Function, 0, value);

    public override string ToString() => Type switch
    {
        JsType.Number => Conversions.NumberToString(_number),
        JsType.String => String,
        _ => Type.ToString(),
    };
}
