using System;
using System.IO;
using System.Net.Http;
using AiApiTestAutomation.Relay.Git;
using AiApiTestAutomation.Relay.Inbox;
using AiApiTestAutomation.Relay.Operations;
using AiApiTestAutomation.Relay.Options;
using AiApiTestAutomation.Relay.Sync;
using AiApiTestAutomation.Relay.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay;

/// <summary>Composes the relay. Program.cs runs it; tests build it with their own configuration and a loopback port.</summary>
public static class RelayApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // No appsettings reload: options are read once (IOptions), and the reload watcher watches the content root
        // recursively, which is where the SQLite file and the git clones live by default, so every WAL write and
        // git command woke it. A later --hostBuilder:reloadConfigOnChange=true still wins.
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json =>
        {
            json.IncludeScopes = true;
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddOptions<RelayOptions>().Bind(builder.Configuration.GetSection(RelayOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RelayOptions>, RelayOptionsValidator>();

        // Relative data paths are resolved against the content root, not whatever directory the process started in.
        var contentRoot = builder.Environment.ContentRootPath;
        services.PostConfigure<RelayOptions>(options =>
        {
            options.DatabasePath = Path.GetFullPath(options.DatabasePath, contentRoot);
            foreach (var project in options.Projects)
            {
                project.RepositoryPath = Path.GetFullPath(project.RepositoryPath, contentRoot);
            }
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RelayDatabase(sp.GetRequiredService<IOptions<RelayOptions>>().Value.DatabasePath));
        services.AddSingleton<InboxStore>();
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<GroupCommitStats>();
        services.AddSingleton<InboxWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        services.AddSingleton<WebhookAuthenticator>();
        services.AddSingleton<WebhookEndpoint>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Each attempt is bounded by the resilience pipeline's timeout instead.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        });
        services.AddSingleton<UpstreamPipelines>();
        services.AddSingleton<SpecSource>();
        services.AddSingleton<GitPublisher>();
        services.AddSingleton<SpecSynchronizer>();
        services.AddSingleton<SyncWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncWorker>());

        var app = builder.Build();
        WebhookEndpoint.Map(app);
        OperationsEndpoints.Map(app);
        return app;
    }
}
