using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiApiTestAutomation.Tasks.Reporting;

/// <summary>api-test-report.json: the machine-readable report (schema described in docs/reports.md).</summary>
internal static class JsonReportWriter
{
    public static byte[] Write(ProjectReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("project", report.Project);
            json.WriteNumber("score", report.Score);
            json.WriteStartArray("specs");
            foreach (var spec in report.Specs)
            {
                WriteSpec(json, spec);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteSpec(Utf8JsonWriter json, SpecReport spec)
    {
        json.WriteStartObject();
        json.WriteString("path", spec.Path);
        json.WriteString("title", spec.Title);
        json.WriteString("version", spec.Version);
        json.WriteString("openApiVersion", spec.SpecVersion);
        json.WriteNumber("score", spec.Score);
        WriteFindings(json, spec.Findings);
        json.WriteStartArray("operations");
        foreach (var operation in spec.Operations)
        {
            json.WriteStartObject();
            json.WriteString("method", operation.Method);
            json.WriteString("path", operation.Path);
            json.WriteString("operationId", operation.OperationId);
            json.WriteNumber("line", operation.Line);
            json.WriteStartArray("categories");
            foreach (var category in operation.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteNumber("tests", operation.TestCount);
            json.WriteNumber("score", operation.Score);
            WriteFindings(json, operation.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.Severity);
            json.WriteString("message", finding.Message);
            json.WriteNumber("line", finding.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
