using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas.Loading;

namespace AiApiTestAutomation.Schemas.Evaluation;

/// <summary>
/// State of one validation run: where in the instance we are, the violations found, and whether we are only asking
/// "does it match?" (quiet mode, inside anyOf/oneOf/not) so failures stop early and record nothing.
/// Reused per thread so a passing validation allocates nothing.
/// </summary>
internal sealed class ValidationContext
{
    /// <summary>Deeper than any sane document; beyond it a $ref cycle that consumes no instance is assumed.</summary>
    public const int MaxEvaluationDepth = 400;

    [ThreadStatic]
    private static ValidationContext? cached;

    private PathSegment[] path = new PathSegment[16];
    private int pathLength;
    private int quietDepth;
    private List<SchemaViolation>? violations;
    private readonly List<DynamicScope> scopes = new();
    private JsonNode? lastStringNode;
    private string? lastString;
    private JsonNode? lastNumberNode;
    private JsonNumber lastNumber;

    public SchemaUsage? Usage { get; private set; }

    public int EvaluationDepth { get; set; }

    public bool IsQuiet => quietDepth > 0;

    public int ViolationCount => violations?.Count ?? 0;

    public static ValidationContext Rent(SchemaUsage? usage)
    {
        ValidationContext context = cached ?? new ValidationContext();
        cached = null;
        context.Usage = usage;
        context.pathLength = 0;
        context.quietDepth = 0;
        context.EvaluationDepth = 0;
        context.violations = null;
        context.scopes.Clear();
        return context;
    }

    public static void Return(ValidationContext context)
    {
        context.lastStringNode = null;
        context.lastString = null;
        context.lastNumberNode = null;
        context.violations = null;
        cached = context;
    }

    public SchemaValidationResult ToResult() =>
        violations is null || violations.Count == 0 ? SchemaValidationResult.Valid : new SchemaValidationResult(violations.ToArray());

    public void PushProperty(string name) => Push(new PathSegment(name, 0));

    public void PushIndex(int index) => Push(new PathSegment(null, index));

    public void Pop() => pathLength--;

    public void EnterScope(DynamicScope scope) => scopes.Add(scope);

    public void ExitScope() => scopes.RemoveAt(scopes.Count - 1);

    /// <summary>The outermost resource in the dynamic scope that declares <c>$dynamicAnchor: name</c>.</summary>
    public SchemaNode? OutermostDynamicAnchor(string name)
    {
        foreach (DynamicScope scope in scopes)
        {
            if (scope.Anchors.TryGetValue(name, out SchemaNode? node))
            {
                return node;
            }
        }

        return null;
    }

    public void EnterQuiet() => quietDepth++;

    public void ExitQuiet() => quietDepth--;

    public void Report(string schemaLocation, string keyword, string expected, string actual)
    {
        if (quietDepth > 0)
        {
            return;
        }

        violations ??= new List<SchemaViolation>();
        violations.Add(new SchemaViolation(JsonPointer.Build(path.AsSpan(0, pathLength)), schemaLocation, keyword, expected, actual));
    }

    /// <summary>Drops violations recorded after <paramref name="mark"/> (used to try branches and keep only the best).</summary>
    public List<SchemaViolation> TakeSince(int mark)
    {
        var taken = new List<SchemaViolation>();
        if (violations is null)
        {
            return taken;
        }

        for (int index = mark; index < violations.Count; index++)
        {
            taken.Add(violations[index]);
        }

        violations.RemoveRange(mark, violations.Count - mark);
        return taken;
    }

    public void AddAll(List<SchemaViolation> found)
    {
        if (quietDepth == 0 && found.Count > 0)
        {
            violations ??= new List<SchemaViolation>();
            violations.AddRange(found);
        }
    }

    /// <summary>The string value of <paramref name="node"/>, read once even when several keywords ask.</summary>
    public string StringOf(JsonNode node)
    {
        if (!ReferenceEquals(node, lastStringNode))
        {
            lastString = node.GetValue<string>();
            lastStringNode = node;
        }

        return lastString!;
    }

    /// <summary>The numeric value of <paramref name="node"/>, read once even when several keywords ask.</summary>
    public JsonNumber NumberOf(JsonNode node)
    {
        if (!ReferenceEquals(node, lastNumberNode))
        {
            JsonNumber.TryRead(node, out lastNumber);
            lastNumberNode = node;
        }

        return lastNumber;
    }

    private void Push(PathSegment segment)
    {
        if (pathLength == path.Length)
        {
            Array.Resize(ref path, path.Length * 2);
        }

        path[pathLength++] = segment;
    }
}
