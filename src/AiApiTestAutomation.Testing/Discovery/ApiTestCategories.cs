namespace AiApiTestAutomation.Testing.Discovery;

/// <summary>The test categories, as they appear in the <c>Category</c> trait and in <c>ApiTestRequiredCategories</c>.</summary>
public static class ApiTestCategories
{
    public const string Crud = "Crud";
    public const string Error = "Error";
    public const string Validation = "Validation";
    public const string Performance = "Performance";
}
