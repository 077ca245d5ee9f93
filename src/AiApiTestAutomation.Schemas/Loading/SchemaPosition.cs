namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>Where a schema object sits: the base URI its relative references resolve against, and its display location.</summary>
internal sealed record SchemaPosition(string BaseUri, string Location);
