using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace AiApiTestAutomation.Relay.Tests.Infrastructure;

/// <summary>The relay as a separate OS process (the built AiApiTestAutomation.Relay.dll), so a test can SIGKILL it.</summary>
internal sealed class RelayProcess : IDisposable
{
    private readonly Process process;

    private RelayProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<RelayProcess> StartAsync(string contentRoot, int port, IDictionary<string, string?> settings)
    {
        var relayDll = Path.Combine(AppContext.BaseDirectory, "AiApiTestAutomation.Relay.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(relayDll);
        start.ArgumentList.Add($"--contentRoot={contentRoot}");
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        foreach (var setting in settings)
        {
            // Environment variables are how an operator configures it too: "Relay:Projects:0:Key" becomes Relay__Projects__0__Key.
            start.Environment[setting.Key.Replace(":", "__", StringComparison.Ordinal)] = setting.Value ?? string.Empty;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;

        // Drained so a full pipe can never block the child.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var relay = new RelayProcess(process, $"http://127.0.0.1:{port}");
        await relay.WaitUntilReadyAsync();
        return relay;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Process.Kill sends SIGKILL on Unix: no shutdown hooks, no flushing, exactly a crash.</summary>
    public void Crash()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Crash();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The relay process exited with {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync($"{BaseUrl}/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The relay process did not become ready.");
    }
}
