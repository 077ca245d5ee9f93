namespace AiApiTestAutomation.Core.Model;

/// <summary>One HTTP operation. <see cref="Name"/> is a stable C# identifier, from operationId or derived from method and path. <see cref="Performance"/> is its x-performance extension.</summary>
public sealed record ApiOperation(
    string Name,
    string? OperationId,
    string Method,
    string Path,
    string? Summary,
    EquatableArray<string> Tags,
    EquatableArray<ApiParameter> Parameters,
    ApiRequestBody? RequestBody,
    EquatableArray<ApiResponse> Responses,
    EquatableArray<ApiSecurityRequirement> Security,
    bool Deprecated,
    int Line,
    PerformanceSettings? Performance = null)
{
    /// <summary>The operationId as written, or the derived name when the spec has none.</summary>
    public string DisplayId => OperationId ?? Name;

    public bool IsSafe => Method is "GET" or "HEAD" or "OPTIONS";

    public bool RequiresCredentials
    {
        get
        {
            if (Security.IsEmpty)
            {
                return false;
            }

            foreach (var alternative in Security)
            {
                if (alternative.SchemeNames.IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public ApiResponse? FindResponse(string statusCode)
    {
        foreach (var response in Responses)
        {
            if (response.StatusCode == statusCode)
            {
                return response;
            }
        }

        return null;
    }
}

public enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

public sealed record ApiParameter(
    string Name,
    string Identifier,
    ParameterLocation Location,
    bool Required,
    ApiTypeRef Type,
    string SchemaKey,
    bool Constrained = false,
    bool Bounded = false);

public sealed record ApiRequestBody(bool Required, string MediaType, ApiTypeRef Type, string SchemaKey);

/// <summary>A documented response. <see cref="StatusCode"/> is as written: "201", "4XX" or "default".</summary>
public sealed record ApiResponse(
    string StatusCode,
    EquatableArray<string> MediaTypes,
    ApiTypeRef? Type,
    string? SchemaKey,
    EquatableArray<ApiHeader> Headers,
    EquatableArray<ApiLink> Links = default)
{
    public bool IsExact => StatusCode.Length == 3 && char.IsDigit(StatusCode[1]) && char.IsDigit(StatusCode[2]);

    public int? Code => IsExact && int.TryParse(StatusCode, out var code) ? code : null;
}

public sealed record ApiHeader(string Name, bool Required);

/// <summary>An OpenAPI link: the operation a response leads to and how its parameters come from this exchange (runtime expressions such as "$response.body#/id").</summary>
public sealed record ApiLink(string OperationId, EquatableArray<ApiLinkParameter> Parameters);

public sealed record ApiLinkParameter(string Name, string Expression);

/// <summary>One alternative of an operation's security: every scheme named here must be satisfied. An empty list means anonymous access is allowed.</summary>
public sealed record ApiSecurityRequirement(EquatableArray<string> SchemeNames);

public enum SecuritySchemeKind
{
    ApiKey,
    HttpBearer,
    HttpBasic,
    OAuth2,
    OpenIdConnect,
    Other,
}

public sealed record ApiSecurityScheme(string Name, SecuritySchemeKind Kind, string? ParameterName, ParameterLocation? Location);
