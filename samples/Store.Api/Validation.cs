using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Store.Api;

/// <summary>
/// Collects validation errors of one request and turns them into a 400 ValidationProblemDetails.
/// Bodies are validated by hand from a <see cref="JsonElement"/> so that no input can make model binding throw.
/// </summary>
internal sealed partial class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var messages))
        {
            messages = [];
            _errors.Add(key, messages);
        }

        messages.Add(message);
    }

    public IResult ToResult() =>
        Results.ValidationProblem(
            _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal),
            statusCode: StatusCodes.Status400BadRequest);

    public static IResult Single(string key, string message)
    {
        var validation = new Validation();
        validation.Add(key, message);
        return validation.ToResult();
    }

    /// <summary>Reads the body as one JSON object. Malformed JSON, an empty body or a non-object root give a 400 result.</summary>
    public static async Task<(JsonElement Root, IResult? Error)> ReadObjectAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            var options = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 };
            using var document = await JsonDocument.ParseAsync(request.Body, options, ct).ConfigureAwait(false);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (default, Single("$", "The request body must be a JSON object."));
            }

            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, Single("$", "The request body is not valid JSON: " + ex.Message));
        }
        catch (BadHttpRequestException ex)
        {
            return (default, Single("$", "The request body could not be read: " + ex.Message));
        }
        catch (IOException ex)
        {
            return (default, Single("$", "The request body could not be read: " + ex.Message));
        }
    }

    /// <summary>additionalProperties: false.</summary>
    public void RejectUnknownProperties(JsonElement obj, IReadOnlyCollection<string> known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Add(property.Name, $"'{property.Name}' is not a known property.");
            }
        }
    }

    /// <summary>Returns the property, or records "required" and returns null when absent.</summary>
    public JsonElement? Required(JsonElement obj, string name)
    {
        if (obj.TryGetProperty(name, out var value))
        {
            return value;
        }

        Add(name, $"'{name}' is required.");
        return null;
    }

    public static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A string whose length (in Unicode code points, as JSON Schema counts) lies in [min, max]; null max = unbounded.</summary>
    public string? String(JsonElement? value, string name, int minLength, int? maxLength)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Add(name, $"'{name}' must be a string.");
            return null;
        }

        var text = element.GetString()!;
        var length = LengthOf(text);
        if (length < minLength)
        {
            Add(name, $"'{name}' must be at least {minLength} character(s) long.");
            return null;
        }

        if (maxLength is { } max && length > max)
        {
            Add(name, $"'{name}' must be at most {max} character(s) long.");
            return null;
        }

        return text;
    }

    public decimal? Number(JsonElement? value, string name, decimal minimum, decimal maximum)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Add(name, $"'{name}' must be a number.");
            return null;
        }

        if (!element.TryGetDecimal(out var number) || number < minimum || number > maximum)
        {
            Add(name, $"'{name}' must be between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return number;
    }

    public long? Integer(JsonElement? value, string name, long minimum, long maximum)
    {
        if (value is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            Add(name, $"'{name}' must be an integer.");
            return null;
        }

        if (!element.TryGetInt64(out var number))
        {
            if (element.TryGetDecimal(out var asDecimal) && decimal.Truncate(asDecimal) != asDecimal)
            {
                Add(name, $"'{name}' must be an integer.");
            }
            else
            {
                Add(name, $"'{name}' must be between {minimum} and {maximum}.");
            }

            return null;
        }

        if (number < minimum || number > maximum)
        {
            Add(name, $"'{name}' must be between {minimum} and {maximum}.");
            return null;
        }

        return number;
    }

    public static int LengthOf(string text) => text.EnumerateRunes().Count();

    /// <summary>^[A-Z]{3}-[0-9]{4}$ with a true end anchor (.NET's $ would also match before a trailing newline).</summary>
    [GeneratedRegex(@"^[A-Z]{3}-[0-9]{4}\z", RegexOptions.CultureInvariant)]
    public static partial Regex SkuPattern();

    /// <summary>A pragmatic local@domain.tld check: no whitespace, exactly one @, a dot inside the domain.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[^@\s.]{2,}\z", RegexOptions.CultureInvariant)]
    public static partial Regex EmailPattern();
}
