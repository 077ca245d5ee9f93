using System;
using System.Text.Json.Nodes;

namespace AiApiTestAutomation.Core.Loading.External;

/// <summary>What an object in a spec is, as far as bundling cares: where a referenced copy may live, and which children hold references.</summary>
internal enum NodeKind
{
    Document,
    Components,
    Paths,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Responses,
    Response,
    MediaType,
    Schema,
    Header,
    Example,
    Link,
    Callback,
    SecurityScheme,

    /// <summary>Anything not modelled (info, tags, descriptions): external references in it are inlined, nothing is hoisted.</summary>
    Other,

    /// <summary>Data (examples, defaults, enums) and extensions: never rewritten, a <c>$ref</c> there is just a key.</summary>
    Literal,
}

internal enum SlotShape
{
    Single,
    Map,
    List,
}

/// <summary>The kind expected at a position, and whether the position holds one such object, a map of them or a list.</summary>
internal readonly struct Slot
{
    public Slot(NodeKind kind, SlotShape shape = SlotShape.Single)
    {
        Kind = kind;
        Shape = shape;
    }

    public NodeKind Kind { get; }

    public SlotShape Shape { get; }

    public static Slot Literal { get; } = new(NodeKind.Literal);

    public static Slot Other { get; } = new(NodeKind.Other);

    /// <summary>The slot of <paramref name="key"/>'s value inside an object of <paramref name="parent"/> kind (OpenAPI 2.0, 3.0 and 3.1 field names).</summary>
    public static Slot Child(NodeKind parent, string key, JsonNode? value, bool swagger2)
    {
        if (key.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
        {
            return Literal;
        }

        switch (parent)
        {
            case NodeKind.Document:
                return key switch
                {
                    "paths" => new Slot(NodeKind.Paths),
                    "webhooks" => new Slot(NodeKind.PathItem, SlotShape.Map),
                    "components" => new Slot(NodeKind.Components),
                    "definitions" when swagger2 => new Slot(NodeKind.Schema, SlotShape.Map),
                    "parameters" when swagger2 => new Slot(NodeKind.Parameter, SlotShape.Map),
                    "responses" when swagger2 => new Slot(NodeKind.Response, SlotShape.Map),
                    "security" => Literal,
                    _ => Other,
                };
            case NodeKind.Components:
                return key switch
                {
                    "schemas" => new Slot(NodeKind.Schema, SlotShape.Map),
                    "responses" => new Slot(NodeKind.Response, SlotShape.Map),
                    "parameters" => new Slot(NodeKind.Parameter, SlotShape.Map),
                    "examples" => new Slot(NodeKind.Example, SlotShape.Map),
                    "requestBodies" => new Slot(NodeKind.RequestBody, SlotShape.Map),
                    "headers" => new Slot(NodeKind.Header, SlotShape.Map),
                    "securitySchemes" => new Slot(NodeKind.SecurityScheme, SlotShape.Map),
                    "links" => new Slot(NodeKind.Link, SlotShape.Map),
                    "callbacks" => new Slot(NodeKind.Callback, SlotShape.Map),
                    "pathItems" => new Slot(NodeKind.PathItem, SlotShape.Map),
                    _ => Other,
                };
            case NodeKind.Paths:
            case NodeKind.Callback:
                return new Slot(NodeKind.PathItem);
            case NodeKind.PathItem:
                return key switch
                {
                    "parameters" => new Slot(NodeKind.Parameter, SlotShape.List),
                    "get" or "put" or "post" or "delete" or "options" or "head" or "patch" or "trace" or "query" => new Slot(NodeKind.Operation),
                    _ => Other,
                };
            case NodeKind.Operation:
                return key switch
                {
                    "parameters" => new Slot(NodeKind.Parameter, SlotShape.List),
                    "requestBody" => new Slot(NodeKind.RequestBody),
                    "responses" => new Slot(NodeKind.Responses),
                    "callbacks" => new Slot(NodeKind.Callback, SlotShape.Map),
                    "security" => Literal,
                    _ => Other,
                };
            case NodeKind.Responses:
                return new Slot(NodeKind.Response);
            case NodeKind.Response:
                return key switch
                {
                    "content" => new Slot(NodeKind.MediaType, SlotShape.Map),
                    "headers" => swagger2 ? Literal : new Slot(NodeKind.Header, SlotShape.Map),
                    "links" => new Slot(NodeKind.Link, SlotShape.Map),
                    "schema" => new Slot(NodeKind.Schema),
                    "examples" when swagger2 => Literal,
                    _ => Other,
                };
            case NodeKind.Parameter:
            case NodeKind.Header:
                return key switch
                {
                    "schema" => new Slot(NodeKind.Schema),
                    "content" => new Slot(NodeKind.MediaType, SlotShape.Map),
                    "examples" => new Slot(NodeKind.Example, SlotShape.Map),
                    "example" or "default" or "enum" or "items" => Literal,
                    _ => Other,
                };
            case NodeKind.RequestBody:
                return key == "content" ? new Slot(NodeKind.MediaType, SlotShape.Map) : Other;
            case NodeKind.MediaType:
                return key switch
                {
                    "schema" => new Slot(NodeKind.Schema),
                    "examples" => new Slot(NodeKind.Example, SlotShape.Map),
                    "example" => Literal,
                    _ => Other,
                };
            case NodeKind.Example:
                return key is "value" ? Literal : Other;
            case NodeKind.Schema:
                return SchemaChild(key, value);
            case NodeKind.Link:
            case NodeKind.SecurityScheme:
            case NodeKind.Literal:
                return Literal;
            default:
                return Other;
        }
    }

    private static Slot SchemaChild(string key, JsonNode? value) => key switch
    {
        "properties" or "patternProperties" or "$defs" or "definitions" or "dependentSchemas" => new Slot(NodeKind.Schema, SlotShape.Map),
        "allOf" or "anyOf" or "oneOf" or "prefixItems" => new Slot(NodeKind.Schema, SlotShape.List),
        "items" or "additionalItems" => value is JsonArray ? new Slot(NodeKind.Schema, SlotShape.List) : value is JsonObject ? new Slot(NodeKind.Schema) : Literal,
        "additionalProperties" or "not" or "contains" or "if" or "then" or "else" or "propertyNames" or "unevaluatedItems" or "unevaluatedProperties" or "contentSchema"
            => value is JsonObject ? new Slot(NodeKind.Schema) : Literal,

        // Schema keywords without subschemas (type, format, example, default, enum, const, ...) hold data, never references.
        _ => Literal,
    };
}
