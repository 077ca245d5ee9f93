using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using AiApiTestAutomation.Schemas;

namespace AiApiTestAutomation.Testing.Tests.Suite;

/// <summary>Runs one file of the JSON Schema Test Suite: each group's schema against each of its cases.</summary>
internal static class SuiteRunner
{
    public static SuiteFileResult Run(SchemaDialect dialect, string relativeFile, bool assertFormats)
    {
        string path = Path.Combine(TestPaths.TestSuiteDir, "tests", SuiteScope.Folders[dialect], relativeFile + ".json");
        var groups = (JsonArray)JsonNode.Parse(File.ReadAllText(path))!;
        var mismatches = new List<string>();
        int passed = 0;
        int total = 0;
        int skipped = 0;
        foreach (JsonNode? group in groups)
        {
            string groupName = group!["description"]!.GetValue<string>();
            string schemaText = group["schema"]!.ToJsonString();
            if (Array.Exists(SuiteScope.OutOfScopeKeywords, keyword => schemaText.Contains('"' + keyword + '"', StringComparison.Ordinal)))
            {
                skipped += group["tests"]!.AsArray().Count;
                continue;
            }

            SchemaValidator? validator = null;
            string? loadError = null;
            try
            {
                validator = new SchemaValidator(SchemaSet.FromDocument(group["schema"]!, dialect, RemoteDocuments.Load), assertFormats);
            }
            catch (Exception exception) when (exception is InvalidOperationException or FormatException)
            {
                loadError = exception.Message;
            }

            foreach (JsonNode? test in group["tests"]!.AsArray())
            {
                total++;
                bool expected = test!["valid"]!.GetValue<bool>();
                string caseName = $"{groupName} / {test["description"]!.GetValue<string>()}";
                try
                {
                    bool actual = validator is not null
                        ? validator.ValidateDocument(test["data"]).IsValid
                        : throw new InvalidOperationException(loadError);
                    if (actual == expected)
                    {
                        passed++;
                    }
                    else
                    {
                        mismatches.Add($"{caseName}: expected {(expected ? "valid" : "invalid")}, got {(actual ? "valid" : "invalid")}");
                    }
                }
                catch (Exception exception) when (exception is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
                {
                    mismatches.Add($"{caseName}: threw {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        return new SuiteFileResult(relativeFile, passed, total, skipped, mismatches);
    }
}
