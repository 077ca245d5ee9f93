using AiApiTestAutomation.Testing.Discovery;
using Xunit;

namespace AiApiTestAutomation.Testing.Tests.Discovery;

public sealed class SkipHookTests
{
    [Fact]
    public void A_test_of_a_skipped_operation_is_skipped_with_the_reason()
    {
        var attribute = new ApiFactAttribute(typeof(FixtureWithSkips), "deleteProduct", ApiTestCategories.Error);

        Assert.Equal("Deletes are disabled on staging (OPS-412)", attribute.Skip);
    }

    [Fact]
    public void A_lifecycle_test_is_skipped_when_any_operation_it_uses_is()
    {
        var attribute = new ApiFactAttribute(typeof(FixtureWithSkips), "createProduct", ApiTestCategories.Crud)
        {
            AlsoUses = new[] { "getProduct", "deleteProduct" },
        };

        Assert.Equal("Deletes are disabled on staging (OPS-412)", attribute.Skip);
    }

    [Fact]
    public void A_category_skip_leaves_the_other_categories_running()
    {
        var validation = new ApiTheoryAttribute(typeof(FixtureWithSkips), "createOrder", ApiTestCategories.Validation);
        var error = new ApiFactAttribute(typeof(FixtureWithSkips), "createOrder", ApiTestCategories.Error);

        Assert.Equal("The gateway validates orders (ADR-7)", validation.Skip);
        Assert.Null(error.Skip);
    }

    [Fact]
    public void Without_a_hook_nothing_is_skipped()
    {
        var attribute = new ApiFactAttribute(typeof(FixtureWithoutHook), "deleteProduct", ApiTestCategories.Crud);

        Assert.Null(attribute.Skip);
    }

    [Fact]
    public void A_blank_reason_still_skips_and_says_it_has_none()
    {
        var skips = ApiTestSkips.Build(s => s.Skip("getProduct", "  "));

        Assert.Equal("skipped without a reason", skips.ReasonFor("getProduct", ApiTestCategories.Crud));
    }

    private static class FixtureWithSkips
    {
        public static ApiTestSkips Skips { get; } = ApiTestSkips.Build(skips => skips
            .Skip("deleteProduct", "Deletes are disabled on staging (OPS-412)")
            .Skip("createOrder", ApiTestCategories.Validation, "The gateway validates orders (ADR-7)"));
    }

    private static class FixtureWithoutHook
    {
    }
}
