using System;
using System.Collections.Generic;
using Microsoft.OpenApi;

namespace AiApiTestAutomation.Core.Loading;

/// <summary>
/// The targets of references to named components of this document (<c>#/components/responses/NotFound</c>), each
/// resolved once. Microsoft.OpenApi resolves a reference on every read of its target, building the reference's text
/// and a Uri each time, and GitHub's spec reads the same few hundred components thousands of times.
/// </summary>
internal sealed class ComponentTargets<TTarget>
    where TTarget : class
{
    private readonly Dictionary<(OpenApiDocument? Host, string Id), TTarget?> targets = new();

    /// <param name="holder">The reference object as the document has it.</param>
    /// <param name="reference">Its reference: only a plain name in this document (no path below it) is kept.</param>
    /// <param name="resolve">Reads the holder's target the way Microsoft.OpenApi does; called once per name.</param>
    public TTarget? Of<THolder>(THolder holder, BaseOpenApiReference? reference, Func<THolder, TTarget?> resolve)
    {
        if (reference is not { IsExternal: false, Id: { } id } || id.IndexOf('/') >= 0)
        {
            return resolve(holder);
        }

        var key = (reference.HostDocument, id);
        if (!targets.TryGetValue(key, out var target))
        {
            target = resolve(holder);
            targets[key] = target;
        }

        return target;
    }
}
