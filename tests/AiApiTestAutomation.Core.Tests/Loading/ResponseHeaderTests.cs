using System.Linq;
using AiApiTestAutomation.Core.Loading;
using AiApiTestAutomation.Core.Model;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>
/// A response's headers as the model keeps them: a referenced header reads its component (once per component, as
/// GitHub's responses repeat the same few headers thousands of times), an inline one reads itself, and a reference
/// to nothing is kept as not required.
/// </summary>
public sealed class ResponseHeaderTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: t, version: "1"}
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                "200":
                  description: ok
                  headers:
                    Link: {$ref: "#/components/headers/Link"}
                    X-Total: {$ref: "#/components/headers/Total"}
                    X-Inline: {required: true, schema: {type: string}}
                    X-Nowhere: {$ref: "#/components/headers/Missing"}
          /things:
            get:
              operationId: listThings
              responses:
                "200":
                  description: ok
                  headers:
                    Link: {$ref: "#/components/headers/Link"}
                    X-Total: {$ref: "#/components/headers/Total"}
        components:
          headers:
            Link: {required: true, schema: {type: string}}
            Total: {required: false, schema: {type: integer}}
        """;

    [Fact]
    public void Referenced_headers_read_their_component_every_time_they_are_used()
    {
        var spec = SpecLoader.Load("items.yaml", Spec).Spec!;

        foreach (var operation in spec.Operations)
        {
            var headers = operation.Responses.Single().Headers;
            Assert.Contains(new ApiHeader("Link", true), headers);
            Assert.Contains(new ApiHeader("X-Total", false), headers);
        }
    }

    [Fact]
    public void Inline_and_dangling_headers_keep_their_own_answer()
    {
        var spec = SpecLoader.Load("items.yaml", Spec).Spec!;

        var headers = spec.Operations.Single(o => o.OperationId == "listItems").Responses.Single().Headers;
        Assert.Contains(new ApiHeader("X-Inline", true), headers);
        Assert.Contains(new ApiHeader("X-Nowhere", false), headers);
    }
}
