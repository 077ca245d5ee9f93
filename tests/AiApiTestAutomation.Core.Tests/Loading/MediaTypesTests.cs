using AiApiTestAutomation.Core.Loading;
using Xunit;

namespace AiApiTestAutomation.Core.Tests.Loading;

/// <summary>Which bodies the generated client reads and writes as JSON.</summary>
public sealed class MediaTypesTests
{
    [Theory]
    [InlineData("application/json", true)]
    [InlineData("Application/JSON", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData(" application/json ;charset=utf-8", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/vnd.github.v3+json; q=0.9", true)]
    [InlineData("*/*", true)]
    [InlineData("text/plain", false)]
    [InlineData("application/jsonl", false)]
    [InlineData("application/xml; profile=json", false)]
    [InlineData("", false)]
    public void Json_is_told_by_the_type_before_its_parameters(string mediaType, bool json)
    {
        Assert.Equal(json, MediaTypes.IsJson(mediaType));
    }
}
