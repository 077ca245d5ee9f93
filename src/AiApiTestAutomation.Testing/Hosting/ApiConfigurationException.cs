using System;

namespace AiApiTestAutomation.Testing.Hosting;

/// <summary>The tests cannot run as configured (no base URL, for example); the message says how to fix it.</summary>
public sealed class ApiConfigurationException : Exception
{
    public ApiConfigurationException(string message)
        : base(message)
    {
    }
}
