using System.IO;
using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Planning;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Planning;

public sealed class TestPlannerTests
{
    private static readonly string SampleSpec = File.ReadAllText(Path.Combine(
        typeof(TestPlannerTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "samples", "Store.Api.Tests", "specs", "store.openapi.json"));

    [Fact]
    public void Sample_spec_gets_a_lifecycle_per_resource_with_the_documented_statuses()
    {
        var plan = TestPlanner.Plan(SpecLoader.Load("store.openapi.json", SampleSpec).Spec!);

        var products = Assert.Single(plan.CrudFlows, f => f.Resource == "Product");
        Assert.Equal("CreateProduct", products.Create.OperationName);
        Assert.Equal(new[] { 201 }, products.Create.SuccessStatuses);
        Assert.Equal("GetProduct", products.Read.OperationName);
        Assert.Equal("UpdateProduct", products.Update!.OperationName);
        Assert.Equal(new[] { 204 }, products.Delete!.SuccessStatuses);
        Assert.Equal("/id", products.IdPointer);
        Assert.Equal(404, products.ReadAfterDeleteStatus);
        Assert.Single(plan.CrudFlows, f => f.Resource == "Order");
    }

    [Fact]
    public void Error_cases_are_planned_only_where_the_error_status_is_documented()
    {
        var spec = SpecLoader.Load("store.openapi.json", SampleSpec).Spec!;
        var plan = TestPlanner.Plan(spec);

        foreach (var error in plan.ErrorCases)
        {
            var operation = spec.Operations.Single(o => o.Name == error.OperationName);
            Assert.All(error.ExpectedStatuses, status => Assert.NotNull(operation.FindResponse(status.ToString())));
        }

        Assert.Contains(plan.ErrorCases, e => e.Kind == ErrorKind.MissingCredentials && e.OperationName == "DeleteProduct");
        Assert.DoesNotContain(plan.ErrorCases, e => e.Kind == ErrorKind.MissingCredentials && e.OperationName == "DeleteOrder");
        Assert.DoesNotContain(plan.ErrorCases, e => e.OperationName == "ListOrders");
    }

    [Fact]
    public void An_openapi_link_leads_to_the_read_operation_when_paths_do_not()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Accounts, version: '1' }
            paths:
              /signups:
                post:
                  operationId: signUp
                  requestBody:
                    content:
                      application/json:
                        schema: { $ref: '#/components/schemas/SignUp' }
                  responses:
                    '201':
                      description: created
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Account' }
                      links:
                        AccountByHandle:
                          operationId: getAccount
                          parameters:
                            handle: $response.body#/handle
              /accounts/{handle}:
                get:
                  operationId: getAccount
                  parameters:
                    - { name: handle, in: path, required: true, schema: { type: string } }
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Account' }
                    '404': { description: none }
            components:
              schemas:
                SignUp:
                  type: object
                  properties: { email: { type: string } }
                Account:
                  type: object
                  properties: { handle: { type: string }, email: { type: string } }
            """;

        var plan = TestPlanner.Plan(SpecLoader.Load("accounts.yaml", spec).Spec!);

        var flow = Assert.Single(plan.CrudFlows);
        Assert.Equal("GetAccount", flow.Read.OperationName);
        Assert.Equal("/handle", flow.IdPointer);
        Assert.Null(flow.Delete);
    }

    [Fact]
    public void Operations_without_operation_id_get_stable_derived_names()
    {
        const string spec = """
            {"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{"/pets/{petId}/toys":{"get":{"responses":{"200":{"description":"ok"}}}}}}
            """;

        var operation = Assert.Single(SpecLoader.Load("t.json", spec).Spec!.Operations);

        Assert.Equal("GetPetsByPetIdToys", operation.Name);
        Assert.Null(operation.OperationId);
    }

    [Theory]
    [InlineData("/items", "{ type: integer, minimum: 1, maximum: 100 }", true)]
    [InlineData("/items", "{ type: string, maxLength: 20 }", true)]
    [InlineData("/items", "{ type: string, enum: [a, b] }", false)] // constrained, but no limit to sit on
    [InlineData("/shops/{shopId}/items", "{ type: integer, minimum: 1, maximum: 100 }", false)] // a random shop would not exist
    public void Parameter_boundaries_are_planned_for_inclusive_limits_without_path_parameters(string path, string limitSchema, bool planned)
    {
        var spec = $$"""
            openapi: 3.0.3
            info: { title: Shop, version: '1' }
            paths:
              {{path}}:
                get:
                  operationId: listItems
                  parameters:
                    - { name: limit, in: query, schema: {{limitSchema}} }
            {{(path.Contains('{') ? "        - { name: shopId, in: path, required: true, schema: { type: string } }" : string.Empty)}}
                  responses:
                    '200': { description: ok }
                    '400': { description: bad input }
            """;

        var plan = TestPlanner.Plan(SpecLoader.Load("shop.yaml", spec).Spec!);

        var suite = Assert.Single(plan.ValidationSuites);
        Assert.Equal(ValidationTarget.Parameters, suite.Target);
        Assert.Equal(planned, suite.PlanBoundaries);
        Assert.Equal(new[] { 200 }, suite.SuccessStatuses);
    }
}
