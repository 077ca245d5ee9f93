using System;

namespace AiApiTestAutomation.Testing.Expectations;

/// <summary>A generated test's expectation that the API did not meet; the message is the whole bug report.</summary>
public sealed class ApiExpectationException : Exception
{
    public ApiExpectationException(string message)
        : base(message)
    {
    }
}
