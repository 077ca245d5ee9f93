using System.Linq;
using System.Text.RegularExpressions;
using AiApiTestAutomation.Core.Diff;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Diff;

public sealed class SpecDiffTests
{
    // A small pet store; each test edits one piece of it with a plain string replacement.
    private const string Baseline = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Pets", "version": "1" },
          "paths": {
            "/pets": {
              "get": {
                "operationId": "listPets",
                "parameters": [ { "name": "limit", "in": "query", "schema": { "type": "integer" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Pet" } } } } } }
              },
              "post": {
                "operationId": "createPet",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NewPet" } } } },
                "responses": {
                  "201": { "description": "created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } },
                  "400": { "description": "bad" }
                }
              }
            },
            "/pets/{id}": {
              "get": {
                "operationId": "getPet",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "NewPet": {
                "type": "object",
                "required": [ "name" ],
                "properties": { "name": { "type": "string" }, "kind": { "type": "string", "enum": [ "cat", "dog" ] } }
              },
              "Pet": {
                "type": "object",
                "required": [ "id", "name" ],
                "properties": { "id": { "type": "integer" }, "name": { "type": "string" }, "tag": { "type": "string" } }
              }
            }
          }
        }
        """;

    [Fact]
    public void Identical_specs_have_no_changes()
    {
        var result = SpecDiff.Compare(Load(Baseline), Load(Baseline));

        Assert.True(result.IsEmpty);
        Assert.False(result.HasBreakingChanges);
    }

    [Fact]
    public void Moving_an_operation_to_another_line_is_not_a_change()
    {
        var result = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace("\"paths\": {", "\"paths\": {\n\n\n")));

        Assert.True(result.IsEmpty);
    }

    [Fact]
    public void Removed_operation_is_breaking_and_counted_as_removed()
    {
        var after = Regex.Replace(Baseline, "\"/pets/\\{id\\}\": \\{\\s*\"get\": \\{\\s*\"operationId\": \"getPet\"", "\"/pets/{id}\": { \"delete\": { \"operationId\": \"deletePet\"");

        var result = SpecDiff.Compare(Load(Baseline), Load(after));

        Assert.Equal(new[] { "GET /pets/{id}" }, result.RemovedOperations);
        Assert.Equal(new[] { "DELETE /pets/{id}" }, result.AddedOperations);
        Assert.Contains(result.Changes, c => c.Kind == ChangeKind.OperationRemoved && c.IsBreaking && c.OperationOrSchema == "GET /pets/{id}");
        Assert.Contains(result.Changes, c => c.Kind == ChangeKind.OperationAdded && !c.IsBreaking && c.OperationOrSchema == "DELETE /pets/{id}");
    }

    [Fact]
    public void Removed_response_code_is_breaking()
    {
        var after = Regex.Replace(Baseline, ",\\s*\"400\": \\{ \"description\": \"bad\" \\}", string.Empty);

        var result = SpecDiff.Compare(Load(Baseline), Load(after));

        var change = Assert.Single(result.Changes);
        Assert.Equal(ChangeKind.ResponseRemoved, change.Kind);
        Assert.True(change.IsBreaking);
        Assert.Equal(new[] { "POST /pets" }, result.ChangedOperations);
    }

    [Fact]
    public void Removed_property_is_breaking_and_changes_every_operation_using_the_schema()
    {
        var after = Baseline.Replace(""", "tag": { "type": "string" }""", string.Empty);

        var result = SpecDiff.Compare(Load(Baseline), Load(after));

        var change = Assert.Single(result.Changes);
        Assert.Equal(ChangeKind.PropertyRemoved, change.Kind);
        Assert.True(change.IsBreaking);
        Assert.Equal("Pet.tag", change.OperationOrSchema);
        Assert.Equal(new[] { "GET /pets", "GET /pets/{id}", "POST /pets" }, result.ChangedOperations);
    }

    [Fact]
    public void Renamed_property_is_reported_as_a_breaking_rename()
    {
        var after = Baseline.Replace("\"tag\": { \"type\": \"string\" }", "\"label\": { \"type\": \"string\" }");

        var change = Assert.Single(SpecDiff.Compare(Load(Baseline), Load(after)).Changes);

        Assert.Equal(ChangeKind.PropertyRenamed, change.Kind);
        Assert.True(change.IsBreaking);
        Assert.Contains("'tag' to 'label'", change.Description);
    }

    [Fact]
    public void New_required_request_property_is_breaking()
    {
        var after = Baseline.Replace("\"required\": [ \"name\" ],", "\"required\": [ \"name\", \"owner\" ],")
            .Replace("\"properties\": { \"name\": { \"type\": \"string\" }, \"kind\"", "\"properties\": { \"name\": { \"type\": \"string\" }, \"owner\": { \"type\": \"string\" }, \"kind\"");

        var change = Assert.Single(SpecDiff.Compare(Load(Baseline), Load(after)).Changes);

        Assert.Equal(ChangeKind.RequiredPropertyAdded, change.Kind);
        Assert.True(change.IsBreaking);
        Assert.Equal("NewPet.owner", change.OperationOrSchema);
    }

    [Fact]
    public void New_required_property_in_a_response_only_schema_is_not_breaking()
    {
        var after = Baseline.Replace("\"required\": [ \"id\", \"name\" ],", "\"required\": [ \"id\", \"name\", \"born\" ],")
            .Replace("\"tag\": { \"type\": \"string\" }", "\"tag\": { \"type\": \"string\" }, \"born\": { \"type\": \"string\" }");

        var change = Assert.Single(SpecDiff.Compare(Load(Baseline), Load(after)).Changes);

        Assert.Equal(ChangeKind.RequiredPropertyAdded, change.Kind);
        Assert.False(change.IsBreaking);
    }

    [Fact]
    public void Added_optional_property_is_not_breaking()
    {
        var after = Baseline.Replace("\"tag\": { \"type\": \"string\" }", "\"tag\": { \"type\": \"string\" }, \"color\": { \"type\": \"string\" }");

        var result = SpecDiff.Compare(Load(Baseline), Load(after));

        var change = Assert.Single(result.Changes);
        Assert.Equal(ChangeKind.PropertyAdded, change.Kind);
        Assert.False(result.HasBreakingChanges);
    }

    [Fact]
    public void Removed_enum_value_is_breaking_and_added_one_is_not()
    {
        var narrowed = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace("[ \"cat\", \"dog\" ]", "[ \"cat\" ]")));
        var widened = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace("[ \"cat\", \"dog\" ]", "[ \"cat\", \"dog\", \"bird\" ]")));

        Assert.Equal(ChangeKind.EnumNarrowed, Assert.Single(narrowed.Changes).Kind);
        Assert.True(narrowed.HasBreakingChanges);
        Assert.Equal(ChangeKind.EnumValueAdded, Assert.Single(widened.Changes).Kind);
        Assert.False(widened.HasBreakingChanges);
    }

    [Fact]
    public void Narrowed_type_is_breaking_and_widened_type_is_not()
    {
        var narrowed = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace("\"id\": { \"type\": \"integer\" }, \"name\"", "\"id\": { \"type\": \"string\" }, \"name\"")));
        var widened = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace("\"id\": { \"type\": \"integer\" }, \"name\"", "\"id\": { \"type\": \"number\" }, \"name\"")));

        var narrowing = Assert.Single(narrowed.Changes);
        Assert.Equal(ChangeKind.TypeNarrowed, narrowing.Kind);
        Assert.Equal("Pet.id", narrowing.OperationOrSchema);
        Assert.True(narrowing.IsBreaking);
        Assert.Equal(ChangeKind.TypeWidened, Assert.Single(widened.Changes).Kind);
        Assert.False(widened.HasBreakingChanges);
    }

    [Fact]
    public void New_required_parameter_is_breaking_and_new_optional_one_is_not()
    {
        const string limit = "{ \"name\": \"limit\", \"in\": \"query\", \"schema\": { \"type\": \"integer\" } }";
        var required = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace(limit, limit + ", { \"name\": \"owner\", \"in\": \"query\", \"required\": true, \"schema\": { \"type\": \"string\" } }")));
        var optional = SpecDiff.Compare(Load(Baseline), Load(Baseline.Replace(limit, limit + ", { \"name\": \"owner\", \"in\": \"query\", \"schema\": { \"type\": \"string\" } }")));

        Assert.True(Assert.Single(required.Changes).IsBreaking);
        Assert.False(Assert.Single(optional.Changes).IsBreaking);
        Assert.Equal(new[] { "GET /pets" }, optional.ChangedOperations);
    }

    [Fact]
    public void Summary_edit_changes_the_operation_without_breaking_it()
    {
        var after = Baseline.Replace("\"operationId\": \"getPet\",", "\"operationId\": \"getPet\", \"summary\": \"Find a pet\",");

        var result = SpecDiff.Compare(Load(Baseline), Load(after));

        Assert.Equal(new[] { "GET /pets/{id}" }, result.ChangedOperations);
        Assert.Equal(ChangeKind.OperationDetailsChanged, Assert.Single(result.Changes).Kind);
        Assert.False(result.HasBreakingChanges);
    }

    [Fact]
    public void Comparing_a_large_real_spec_with_itself_finds_nothing()
    {
        var spec = Load(SharedCorpus.Read("stripe-3.0.json"));

        Assert.True(SpecDiff.Compare(spec, spec).IsEmpty);
    }

    private static ApiSpec Load(string json)
    {
        var result = SpecLoader.Load("pets.openapi.json", json);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Spec!;
    }
}
