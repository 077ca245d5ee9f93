namespace AiApiTestAutomation.Core.Diff;

/// <summary>What kind of difference a <see cref="SpecChange"/> describes. Whether it breaks clients is on the change itself.</summary>
public enum ChangeKind
{
    OperationAdded,
    OperationRemoved,
    OperationDetailsChanged,
    ResponseAdded,
    ResponseRemoved,
    ParameterAdded,
    ParameterRemoved,
    ParameterBecameRequired,
    RequestBodyBecameRequired,
    PropertyAdded,
    PropertyRemoved,
    PropertyRenamed,
    RequiredPropertyAdded,
    PropertyBecameRequired,
    EnumValueAdded,
    EnumNarrowed,
    TypeWidened,
    TypeNarrowed,
    SchemaAdded,
    SchemaRemoved,
}
