namespace AiApiTestAutomation.Schemas;

/// <summary>Which direction a body travels: decides how <c>readOnly</c> and <c>writeOnly</c> properties are treated.</summary>
public enum SchemaUsage
{
    /// <summary>A body the API sends: <c>writeOnly</c> properties must not appear and are never required.</summary>
    Response,

    /// <summary>A body the client sends: <c>readOnly</c> properties must not appear and are never required.</summary>
    Request,
}
