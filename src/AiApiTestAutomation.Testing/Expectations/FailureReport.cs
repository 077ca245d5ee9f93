using System.Globalization;
using System.Text;
using AiApiTestAutomation.Testing.Http;

namespace AiApiTestAutomation.Testing.Expectations;

/// <summary>Formats a failure like a good bug report: which step, what was expected, what was sent and received, how to rerun.</summary>
internal static class FailureReport
{
    public static string Build(ApiSession session, ApiExchange failed, string problem)
    {
        var builder = new StringBuilder();
        builder.Append(session.TestName)
            .Append(" failed at step ").Append(failed.Step.ToString(CultureInfo.InvariantCulture))
            .Append(" (").Append(failed.Operation.OperationId);
        if (failed.Step > 1 && session.Steps.Count >= failed.Step - 1)
        {
            builder.Append(" after ").Append(session.Steps[failed.Step - 2].Operation.OperationId);
        }

        builder.AppendLine(")");
        builder.Append("  ").AppendLine(problem);
        builder.Append(failed.Describe());
        builder.Append("  seed ").Append(session.Seed.ToString(CultureInfo.InvariantCulture))
            .Append(" (rerun with API_TESTS_SEED=").Append(session.Seed.ToString(CultureInfo.InvariantCulture)).AppendLine(")");
        if (session.Steps.Count > 1)
        {
            builder.AppendLine("  steps:");
            foreach (var step in session.Steps)
            {
                builder.Append("    ").Append(step.Step.ToString(CultureInfo.InvariantCulture)).Append(". ")
                    .Append(step.Operation.OperationId).Append(": ").AppendLine(step.Summary);
            }
        }

        return builder.ToString();
    }
}
