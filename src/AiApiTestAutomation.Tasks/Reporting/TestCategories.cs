namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>The Category traits the generator puts on its test classes (TestEmitter), one per kind of planned test.</summary>
internal static class TestCategories
{
    public const string Crud = "Crud";
    public const string Error = "Error";
    public const string Validation = "Validation";
}
