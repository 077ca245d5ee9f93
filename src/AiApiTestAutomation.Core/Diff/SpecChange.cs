namespace AiApiTestAutomation.Core.Diff;

/// <summary>
/// One difference between two versions of a spec. <see cref="OperationOrSchema"/> names where it happened:
/// "GET /pets" for an operation, "Pet" or "Pet.tag" for a component schema and its properties.
/// </summary>
public sealed record SpecChange(ChangeKind Kind, bool IsBreaking, string OperationOrSchema, string Description)
{
    public override string ToString() => $"{(IsBreaking ? "BREAKING " : string.Empty)}{OperationOrSchema}: {Description}";
}
