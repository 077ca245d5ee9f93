namespace AiApiTestAutomation.Schemas.Keywords;

/// <summary>OpenAPI <c>readOnly</c>/<c>writeOnly</c> of a property: which direction it may travel in.</summary>
internal enum AccessMode
{
    ReadWrite,
    ReadOnly,
    WriteOnly,
}
