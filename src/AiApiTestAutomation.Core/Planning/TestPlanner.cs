using System;
using System.Collections.Generic;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Core.Planning;

/// <summary>
/// Decides which tests an API gets. A CRUD flow needs a collection path with a POST and an item path
/// (collection + one parameter segment) with a GET, and a way to learn the new id (a response
/// property or the Location header). Error tests are planned only where the spec documents the
/// error status: an undocumented expectation would be a guess, and a guess is a false alarm.
/// </summary>
public static class TestPlanner
{
    public static TestPlan Plan(ApiSpec spec)
    {
        var flows = new List<CrudFlow>();
        var errors = new List<ErrorCase>();
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        var modelsByName = spec.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);

        foreach (var create in spec.Operations.Where(o => o.Method == "POST" && o.RequestBody is not null))
        {
            var flow = PlanFlow(spec, create, modelsByName, takenNames);
            if (flow is not null)
            {
                flows.Add(flow);
            }
        }

        var validations = new List<ValidationSuite>();
        foreach (var operation in spec.Operations)
        {
            PlanErrors(spec, operation, errors, takenNames);
            PlanValidation(spec, operation, validations);
        }

        return new TestPlan(flows.ToEquatableArray(), errors.ToEquatableArray(), validations.ToEquatableArray());
    }

    private static CrudFlow? PlanFlow(ApiSpec spec, ApiOperation create, Dictionary<string, ApiModelType> models, HashSet<string> takenNames)
    {
        var collection = create.Path.TrimEnd('/');
        if (collection.Contains("{"))
        {
            // Nested collections need a parent resource first; not planned yet.
            return null;
        }

        var createResponse = FirstSuccess(create);
        var items = spec.Operations.Where(o => IsItemPathOf(o.Path, collection, out _)).ToList();
        var read = items.FirstOrDefault(o => o.Method == "GET");
        string? idParameter = null;
        string? idPointer = null;
        if (read is not null && IsItemPathOf(read.Path, collection, out var pathParameter))
        {
            idParameter = pathParameter;
            idPointer = FindIdPointer(create, pathParameter, models);
        }
        else if (FollowLink(spec, createResponse) is { } linked)
        {
            // The spec says where the new resource lives through an OpenAPI link, whatever its path looks like.
            (read, idParameter, idPointer) = linked;
            items = spec.Operations.Where(o => o.Path == read.Path).ToList();
        }

        // A path whose {id} no parameter declares (reported when the spec is loaded) cannot take the created id.
        var readId = read?.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && p.Name == idParameter);
        if (read is null || readId is null)
        {
            return null;
        }

        var returnsLocation = createResponse?.Headers.Any(h => string.Equals(h.Name, "Location", StringComparison.OrdinalIgnoreCase)) == true;
        if (idPointer is null && !returnsLocation)
        {
            return null;
        }

        var update = items.FirstOrDefault(o => o.Method == "PUT" && o.RequestBody is not null && TakesId(o, readId))
            ?? items.FirstOrDefault(o => o.Method == "PATCH" && o.RequestBody is not null && TakesId(o, readId));
        var delete = items.FirstOrDefault(o => o.Method == "DELETE" && TakesId(o, readId));
        var segment = collection.Substring(collection.LastIndexOf('/') + 1);
        var resource = Identifiers.ToPascalCase(Inflector.Singular(segment), "Resource");

        var verbs = new List<string> { "created", "read" };
        if (update is not null)
        {
            verbs.Add("updated");
        }

        if (delete is not null)
        {
            verbs.Add("deleted");
        }

        var name = Identifiers.MakeUnique($"{resource}_is_{string.Join("_", verbs.Take(verbs.Count - 1))}_and_{verbs.Last()}", takenNames);
        var readAfterDelete = delete is null ? null : Documented(read, 404) ? 404 : Documented(read, 410) ? 410 : (int?)null;

        return new CrudFlow(
            resource,
            name,
            Step(create),
            Step(read),
            update is null ? null : Step(update),
            delete is null ? null : Step(delete),
            readId.Identifier,
            idPointer,
            readAfterDelete);
    }

    private static void PlanErrors(ApiSpec spec, ApiOperation operation, List<ErrorCase> errors, HashSet<string> takenNames)
    {
        var group = operation.Tags.IsEmpty ? spec.Title : operation.Tags[0];
        var lastSegment = operation.Path.TrimEnd('/');
        lastSegment = lastSegment.Substring(lastSegment.LastIndexOf('/') + 1);
        var idParameter = lastSegment.StartsWith("{", StringComparison.Ordinal) && lastSegment.EndsWith("}", StringComparison.Ordinal)
            ? operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Path && "{" + p.Name + "}" == lastSegment)
            : null;

        if (idParameter is not null && Documented(operation, 404))
        {
            var name = Identifiers.MakeUnique($"{operation.Name}_with_unknown_{idParameter.Identifier.TrimStart('@')}_returns_404", takenNames);
            errors.Add(new ErrorCase(ErrorKind.UnknownId, operation.Name, name, idParameter.Identifier, new[] { 404 }.ToEquatableArray(), group));
        }

        if (!operation.RequiresCredentials)
        {
            return;
        }

        var authStatuses = new[] { 401, 403 }.Where(s => Documented(operation, s)).ToEquatableArray();
        if (authStatuses.IsEmpty)
        {
            return;
        }

        var expected = string.Join("_or_", authStatuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        errors.Add(new ErrorCase(ErrorKind.MissingCredentials, operation.Name, Identifiers.MakeUnique($"{operation.Name}_without_credentials_returns_{expected}", takenNames), null, authStatuses, group));

        var canForge = operation.Security.Any(alternative => !alternative.SchemeNames.IsEmpty && alternative.SchemeNames.All(name =>
            spec.SecuritySchemes.FirstOrDefault(s => s.Name == name)?.Kind is SecuritySchemeKind.ApiKey or SecuritySchemeKind.HttpBearer or SecuritySchemeKind.HttpBasic));
        if (canForge)
        {
            errors.Add(new ErrorCase(ErrorKind.InvalidCredentials, operation.Name, Identifiers.MakeUnique($"{operation.Name}_with_invalid_credentials_returns_{expected}", takenNames), null, authStatuses, group));
        }
    }

    /// <summary>A link from the create response to a GET with one path parameter fed from the response body.</summary>
    private static (ApiOperation Read, string IdParameter, string IdPointer)? FollowLink(ApiSpec spec, ApiResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        foreach (var link in response.Links)
        {
            var target = spec.Operations.FirstOrDefault(o => o.OperationId == link.OperationId && o.Method == "GET");
            var pathParameters = target?.Parameters.Where(p => p.Location == ParameterLocation.Path).ToList();
            if (target is null || pathParameters is not { Count: 1 })
            {
                continue;
            }

            var parameter = link.Parameters.FirstOrDefault(p => p.Name == pathParameters[0].Name || p.Name == "path." + pathParameters[0].Name);
            const string BodyPrefix = "$response.body#";
            if (parameter is not null && parameter.Expression.StartsWith(BodyPrefix, StringComparison.Ordinal))
            {
                return (target, pathParameters[0].Name, parameter.Expression.Substring(BodyPrefix.Length));
            }
        }

        return null;
    }

    private static void PlanValidation(ApiSpec spec, ApiOperation operation, List<ValidationSuite> suites)
    {
        // 401/403 are not an answer to bad input when valid credentials are sent.
        var reject = operation.Responses
            .Where(r => r.Code is >= 400 and < 500 and not 401 and not 403)
            .Select(r => r.Code!.Value)
            .ToEquatableArray();
        var success = operation.Responses.Where(r => r.Code is >= 200 and < 300).Select(r => r.Code!.Value).ToEquatableArray();
        var group = operation.Tags.IsEmpty ? spec.Title : operation.Tags[0];
        var jsonBody = operation.RequestBody is { } body && body.SchemaKey.Length > 0 && MediaTypes.IsJson(body.MediaType) && body.MediaType != "*/*"
            && body.Type.Kind is ApiTypeKind.Model or ApiTypeKind.Any
            ? body
            : null;

        var hasPathParameters = operation.Parameters.Any(p => p.Location == ParameterLocation.Path);
        if (ParameterSet.HasConstraints(operation.Parameters) && (operation.RequestBody is not { Required: true } || jsonBody is not null))
        {
            var planBoundaries = !hasPathParameters && ParameterSet.Validatable(operation.Parameters).Any(p => p.Bounded);
            suites.Add(new ValidationSuite(operation.Name, ParameterSet.KeyFor(operation.Name), jsonBody?.MediaType ?? string.Empty, reject, success, planBoundaries, group, ValidationTarget.Parameters));
        }

        if (jsonBody is not null)
        {
            suites.Add(new ValidationSuite(operation.Name, jsonBody.SchemaKey, jsonBody.MediaType, reject, success, !hasPathParameters, group));
        }
    }

    private static string? FindIdPointer(ApiOperation create, string idParameter, Dictionary<string, ApiModelType> models)
    {
        var response = FirstSuccess(create);
        if (response?.Type is not { Kind: ApiTypeKind.Model, ModelName: { } modelName } || !models.TryGetValue(modelName, out var model))
        {
            return null;
        }

        var candidates = new[] { idParameter, "id", "ID", "Id", "uuid", "key" };
        foreach (var candidate in candidates)
        {
            var property = model.Properties.FirstOrDefault(p => p.JsonName == candidate);
            if (property is not null && property.Type.Kind is ApiTypeKind.String or ApiTypeKind.Integer or ApiTypeKind.Long)
            {
                return "/" + property.JsonName;
            }
        }

        return null;
    }

    private static bool IsItemPathOf(string path, string collection, out string parameter)
    {
        parameter = string.Empty;

        // Asked for every operation against every create, so the cheap refusals come first and make no strings.
        if (!path.StartsWith(collection, StringComparison.Ordinal)
            || path.Length < collection.Length + 2
            || path[collection.Length] != '/'
            || path[collection.Length + 1] != '{')
        {
            return false;
        }

        var trimmed = path.TrimEnd('/');
        if (!trimmed.EndsWith("}", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = trimmed.Substring(collection.Length + 2, trimmed.Length - collection.Length - 3);
        if (rest.IndexOfAny(new[] { '/', '{', '}' }) >= 0)
        {
            return false;
        }

        parameter = rest;
        return true;
    }

    /// <summary>
    /// Whether an update or delete takes the id the read takes: the test passes one variable, typed as the read's
    /// parameter, to all of them (a spec that types the same path parameter differently per operation gets no such step).
    /// </summary>
    private static bool TakesId(ApiOperation operation, ApiParameter readId) =>
        operation.Parameters.Any(p => p.Location == ParameterLocation.Path && p.Name == readId.Name && p.Identifier == readId.Identifier && SameClrType(p.Type, readId.Type));

    // Format does not change the C# type (a uuid is a string), so it does not count.
    private static bool SameClrType(ApiTypeRef? left, ApiTypeRef? right) =>
        left is null || right is null
            ? left is null && right is null
            : left.Kind == right.Kind && left.ModelName == right.ModelName && SameClrType(left.Element, right.Element);

    private static CrudStep Step(ApiOperation operation) =>
        new(operation.Name, operation.Responses.Where(r => r.Code is >= 200 and < 300).Select(r => r.Code!.Value).ToEquatableArray());

    private static ApiResponse? FirstSuccess(ApiOperation operation) =>
        operation.Responses.FirstOrDefault(r => r.Code is >= 200 and < 300);

    private static bool Documented(ApiOperation operation, int status) => operation.FindResponse(status.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not null;
}
