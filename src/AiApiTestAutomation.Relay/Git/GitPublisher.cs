using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiApiTestAutomation.Relay.Options;
using AiApiTestAutomation.Relay.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiApiTestAutomation.Relay.Git;

/// <summary>
/// Commits a spec to its bot branch in the relay's working clone and pushes it, without force. Before building on
/// the remote branch it checks that every commit there that is not on another branch is the relay's own: a
/// human's commit on the bot branch stops the sync with a dead letter instead of being built over or overwritten.
/// </summary>
internal sealed class GitPublisher(IOptions<RelayOptions> options, SecretRedactor redactor, ILogger<GitPublisher> logger)
{
    private const string RemoteName = "origin";

    // Projects may share one working clone; git commands in one working tree must not interleave.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> RepositoryGates = new(StringComparer.Ordinal);

    private readonly GitCli git = new(options.Value.Git.Executable, redactor);
    private readonly GitOptions settings = options.Value.Git;

    /// <param name="messageFor">Builds the commit message from the spec text currently on the branch (null when there is none).</param>
    public async Task<PublishResult> PublishAsync(ProjectOptions project, string content, Func<string?, string> messageFor, CancellationToken cancellationToken)
    {
        var repository = Path.GetFullPath(project.RepositoryPath);
        var gate = RepositoryGates.GetOrAdd(repository, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await EnsureRepositoryAsync(project, repository, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                var (result, failure) = await TryPublishAsync(project, repository, content, messageFor, cancellationToken);
                if (result is not null)
                {
                    return result;
                }

                if (attempt >= Math.Max(1, settings.PushAttempts))
                {
                    throw new DeadLetterException($"Pushing {project.EffectiveBranch} failed after {attempt} attempts: {failure}");
                }

                logger.LogWarning("Push of {Branch} for project {Project} failed (attempt {Attempt}): {Failure}", project.EffectiveBranch, project.Key, attempt, failure);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task EnsureRepositoryAsync(ProjectOptions project, string repository, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(repository, ".git")))
        {
            Directory.CreateDirectory(repository);
            await git.RunAsync(repository, new[] { "init", "-q" }, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(project.Remote))
        {
            var existing = await git.RunAsync(repository, new[] { "remote", "get-url", RemoteName }, cancellationToken, check: false);
            if (!existing.Succeeded)
            {
                await git.RunAsync(repository, new[] { "remote", "add", RemoteName, project.Remote! }, cancellationToken);
            }
            else if (existing.Output != project.Remote)
            {
                await git.RunAsync(repository, new[] { "remote", "set-url", RemoteName, project.Remote! }, cancellationToken);
            }
        }

        // This clone belongs to the relay and we hold its gate, so a lock file can only be left by a git process that was killed.
        var indexLock = Path.Combine(repository, ".git", "index.lock");
        if (File.Exists(indexLock))
        {
            logger.LogWarning("Removing stale {Lock} left by an interrupted git process", indexLock);
            File.Delete(indexLock);
        }
    }

    private async Task<(PublishResult? Result, string? Failure)> TryPublishAsync(
        ProjectOptions project, string repository, string content, Func<string?, string> messageFor, CancellationToken cancellationToken)
    {
        var branch = project.EffectiveBranch;
        var hasRemote = !string.IsNullOrWhiteSpace(project.Remote);
        if (hasRemote)
        {
            var fetch = await git.RunAsync(repository, new[] { "fetch", "-q", "--prune", RemoteName }, cancellationToken, check: false);
            if (!fetch.Succeeded)
            {
                return (null, redactor.Redact(fetch.Error));
            }
        }

        var remoteTip = hasRemote ? await RevParseAsync(repository, $"refs/remotes/{RemoteName}/{branch}", cancellationToken) : null;
        var localTip = await RevParseAsync(repository, $"refs/heads/{branch}", cancellationToken);
        string? start;
        if (remoteTip is not null)
        {
            await RefuseForeignCommitsAsync(repository, branch, remoteTip, localTip, cancellationToken);

            // Local commits the remote lacks (a push cut short by a crash) are ours: push them rather than recreate them.
            start = localTip is not null && await IsAncestorAsync(repository, remoteTip, localTip, cancellationToken) ? localTip : remoteTip;
        }
        else
        {
            start = localTip ?? await DefaultBaseAsync(repository, cancellationToken);
        }

        if (start is not null)
        {
            await git.RunAsync(repository, new[] { "checkout", "-q", "-f", "-B", branch, start }, cancellationToken);
        }
        else
        {
            // Nothing to branch from (an empty repository): the bot branch starts as an orphan.
            await git.RunAsync(repository, new[] { "symbolic-ref", "HEAD", $"refs/heads/{branch}" }, cancellationToken);
            await git.RunAsync(repository, new[] { "read-tree", "--empty" }, cancellationToken);
        }

        var file = Path.Combine(repository, project.SpecPath);
        var previous = File.Exists(file) ? await File.ReadAllTextAsync(file, cancellationToken) : null;
        var head = start;
        var committed = false;
        if (previous != content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await git.RunAsync(repository, new[] { "add", "--", project.SpecPath }, cancellationToken);
            await git.RunAsync(
                repository,
                new[] { "-c", $"user.name={settings.AuthorName}", "-c", $"user.email={settings.AuthorEmail}", "commit", "-q", "--no-verify", "-m", messageFor(previous) },
                cancellationToken);
            head = await RevParseAsync(repository, "HEAD", cancellationToken);
            committed = true;
        }

        if (!hasRemote || head is null || head == remoteTip)
        {
            return (new PublishResult(committed, head, Pushed: hasRemote && head is not null), null);
        }

        // Never --force: if the branch moved meanwhile the push is rejected and the next attempt re-checks who moved it.
        var push = await git.RunAsync(repository, new[] { "push", "-q", RemoteName, $"refs/heads/{branch}:refs/heads/{branch}" }, cancellationToken, check: false);
        return push.Succeeded
            ? (new PublishResult(committed, head, Pushed: true), null)
            : (null, redactor.Redact(push.Error));
    }

    /// <summary>Commits only on the remote bot branch (not on our local branch, not on any other remote branch) must all be ours.</summary>
    private async Task RefuseForeignCommitsAsync(string repository, string branch, string remoteTip, string? localTip, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "log", "--format=%H%x09%ae%x09%an", remoteTip, "--not" };
        if (localTip is not null)
        {
            arguments.Add(localTip);
        }

        // Relative to refs/remotes/, as --exclude patterns before --remotes must be.
        arguments.Add($"--exclude={RemoteName}/{branch}");
        arguments.Add($"--remotes={RemoteName}");
        var log = await git.RunAsync(repository, arguments, cancellationToken);
        var foreign = log.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 3 && !string.Equals(fields[1], settings.AuthorEmail, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (foreign.Count > 0)
        {
            var first = foreign[0];
            throw new DeadLetterException(
                $"Branch {branch} on the remote has {foreign.Count} commit(s) not made by the relay (e.g. {first[0][..12]} by {first[2]} <{first[1]}>); " +
                "refusing to build on or overwrite them. Merge or delete the branch, then replay this dead letter.");
        }
    }

    private async Task<string?> DefaultBaseAsync(string repository, CancellationToken cancellationToken)
    {
        foreach (var candidate in new[] { $"refs/remotes/{RemoteName}/HEAD", $"refs/remotes/{RemoteName}/main", $"refs/remotes/{RemoteName}/master", "refs/heads/main", "refs/heads/master" })
        {
            if (await RevParseAsync(repository, candidate, cancellationToken) is { } sha)
            {
                return sha;
            }
        }

        return null;
    }

    private async Task<string?> RevParseAsync(string repository, string reference, CancellationToken cancellationToken)
    {
        var result = await git.RunAsync(repository, new[] { "rev-parse", "-q", "--verify", reference + "^{commit}" }, cancellationToken, check: false);
        return result.Succeeded && result.Output.Length > 0 ? result.Output : null;
    }

    private async Task<bool> IsAncestorAsync(string repository, string ancestor, string descendant, CancellationToken cancellationToken) =>
        (await git.RunAsync(repository, new[] { "merge-base", "--is-ancestor", ancestor, descendant }, cancellationToken, check: false)).Succeeded;
}
