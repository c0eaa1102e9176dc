using System.Reflection;
using System.Reflection.Emit;

namespace EnterpriseScoring.Tests.Architecture;

/// <summary>
/// The direction of the house's dependencies, read from the compiled library (signatures and every type, method and field
/// the method bodies reference, compiler-generated closures included): <c>Internal</c> is the leaf toolbox that depends on
/// nothing of the library above it, and the readers of an evaluation (IO, Reporting) read its columnar view, never the
/// engine's working state.
/// </summary>
[TestFixture]
public sealed class LayeringTests
{
    private const string Root = "EnterpriseScoring";

    private static readonly Assembly Library = typeof(Evaluator).Assembly;

    /// <summary>Every namespace of the library that Internal may not reference.</summary>
    private static readonly string[] AboveInternal =
    [
        "EnterpriseScoring.Engine", "EnterpriseScoring.Profiles", "EnterpriseScoring.IO", "EnterpriseScoring.Reporting",
        "EnterpriseScoring.Validation", "EnterpriseScoring.Samples", "EnterpriseScoring.Policies", "EnterpriseScoring.Pools",
        "EnterpriseScoring.Classification", "EnterpriseScoring.Adjustments", "EnterpriseScoring.Scoring",
        "EnterpriseScoring.Benchmarks", "EnterpriseScoring.Weighting", "EnterpriseScoring.Aggregation",
        "EnterpriseScoring.Indicators", "EnterpriseScoring.Land",
    ];

    /// <summary>The root types Internal may use: the plain data nouns a kernel works on (nothing that evaluates).</summary>
    private static readonly HashSet<string> RootDataTypes = new(StringComparer.Ordinal)
    {
        "EnterpriseScoring.RowMask", "EnterpriseScoring.CategoryColumn", "EnterpriseScoring.Direction",
    };

    [Test]
    public void Internal_ReferencesNoNamespaceAboveIt()
    {
        var offenders = References("EnterpriseScoring.Internal")
            .Where(r => IsIn(r.Target, AboveInternal) || (r.Target.Namespace == Root && !RootDataTypes.Contains(r.Target.FullName!)))
            .Select(r => $"{r.Source.FullName} → {r.Target.FullName}")
            .Distinct()
            .ToArray();

        Assert.That(offenders, Is.Empty, "Internal is the bottom of the house: move the type up, or the helper down");
    }

    [TestCase("EnterpriseScoring.IO")]
    [TestCase("EnterpriseScoring.Reporting")]
    [TestCase("EnterpriseScoring.Profiles")]
    public void Readers_DoNotReferenceTheEngine(string readerNamespace)
    {
        var offenders = References(readerNamespace)
            .Where(r => IsIn(r.Target, ["EnterpriseScoring.Engine"]))
            .Select(r => $"{r.Source.FullName} → {r.Target.FullName}")
            .Distinct()
            .ToArray();

        Assert.That(offenders, Is.Empty, "read an evaluation through its columnar view (PoolColumns), not the engine's working state");
    }

    [Test]
    public void References_SeesMethodBodies()
    {
        // The scan is only as good as its IL reading: Evaluator's body calls the engine (PoolEvaluator.Run).
        var targets = References(Root).Where(r => r.Source == typeof(Evaluator)).Select(r => r.Target.FullName).ToHashSet();

        Assert.That(targets, Does.Contain("EnterpriseScoring.Engine.PoolEvaluator"));
    }

    private static bool IsIn(Type type, IEnumerable<string> namespaces) =>
        type.Namespace is { } ns && namespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));

    /// <summary>
    /// Every library type referenced by the types of <paramref name="ns"/>; a nested type (a closure, a state machine)
    /// counts as its outermost declaring type, both as source and as target.
    /// </summary>
    private static IEnumerable<(Type Source, Type Target)> References(string ns)
    {
        foreach (var type in Library.GetTypes().Where(t => t.Namespace == ns))
        {
            var source = Outermost(type);
            foreach (var target in ReferencedTypes(type).SelectMany(Flatten).Where(t => t.Assembly == Library).Select(Outermost).Where(t => t != source))
            {
                yield return (source, target);
            }
        }
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } declaring && !type.IsGenericParameter)
        {
            type = declaring;
        }

        return type;
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var field in type.GetFields(All))
        {
            yield return field.FieldType;
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var referenced in BodyReferences(method))
            {
                yield return referenced;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The types of the members the IL of <paramref name="method"/> references (calls, fields, type tokens, locals).</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is FieldInfo f)
                        {
                            yield return f.FieldType;
                        }
                        else if (member is MethodInfo m)
                        {
                            yield return m.ReturnType;
                        }
                    }

                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }
}
