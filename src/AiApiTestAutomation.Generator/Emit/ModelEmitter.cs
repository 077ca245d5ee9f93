using AiApiTestAutomation.Core.Model;

namespace AiApiTestAutomation.Generator.Emit;

/// <summary>One record per component object schema. Properties are nullable: what the API must send is checked by schema conformance, with a clear message, not by a deserializer exception.</summary>
internal static class ModelEmitter
{
    public static string Emit(string displayPath, SpecNames names, ApiSpec spec)
    {
        var writer = new SourceWriter().Header(displayPath);
        writer.Line("using System.Text.Json.Serialization;");
        writer.Line();
        writer.Line($"namespace {names.ModelsNamespace};");
        foreach (var model in spec.Models)
        {
            writer.Line();
            writer.Line($"/// <summary>{CSharp.XmlText(model.Description ?? "Schema " + model.SchemaKey)}</summary>");
            writer.Open($"public sealed partial record {model.Name}");
            var first = true;
            foreach (var property in model.Properties)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Line($"[JsonPropertyName({CSharp.Literal(property.JsonName)})]");
                writer.Line($"public {CSharp.NullableTypeName(property.Type, string.Empty)} {property.Name} {{ get; init; }}");
            }

            writer.Close();
        }

        return writer.Finish();
    }
}
