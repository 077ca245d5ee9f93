namespace AiApiTestAutomation.Core.Model;

/// <summary>
/// A parameter location as the spec spells it ("query", "path", ...). Constant strings: the model, the bundle and hygiene
/// name a location for every parameter of every operation, and <c>ToString().ToLowerInvariant()</c> made two strings each time.
/// </summary>
public static class ParameterLocationNames
{
    public static string Lowercase(this ParameterLocation location) => location switch
    {
        ParameterLocation.Path => "path",
        ParameterLocation.Query => "query",
        ParameterLocation.Header => "header",
        ParameterLocation.Cookie => "cookie",
        _ => location.ToString().ToLowerInvariant(),
    };
}
