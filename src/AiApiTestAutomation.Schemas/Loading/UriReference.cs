using System;
using System.Text.RegularExpressions;

namespace AiApiTestAutomation.Schemas.Loading;

/// <summary>Resolves <c>$ref</c>/<c>$id</c> values against a base URI, including URNs that <see cref="Uri"/> cannot combine.</summary>
internal static class UriReference
{
    private static readonly Regex SchemePrefix = new("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant);

    public static string Resolve(string baseUri, string reference)
    {
        if (reference.Length == 0)
        {
            return WithoutFragment(baseUri);
        }

        if (reference[0] == '#')
        {
            return WithoutFragment(baseUri) + reference;
        }

        if (SchemePrefix.IsMatch(reference))
        {
            return Normalize(reference);
        }

        if (Uri.TryCreate(baseUri, UriKind.Absolute, out Uri? baseValue) && baseValue.IsAbsoluteUri && !IsOpaque(baseUri)
            && Uri.TryCreate(baseValue, reference, out Uri? combined))
        {
            return combined.OriginalString.Length > 0 ? Normalize(combined.AbsoluteUri) : reference;
        }

        return reference;
    }

    public static string WithoutFragment(string uri)
    {
        int hash = uri.IndexOf('#');
        return hash < 0 ? uri : uri.Substring(0, hash);
    }

    public static string FragmentOf(string uri)
    {
        int hash = uri.IndexOf('#');
        return hash < 0 ? string.Empty : uri.Substring(hash + 1);
    }

    /// <summary>Canonical form used as a registry key, so "http://x/a.json" and "http://x/./a.json" meet.</summary>
    public static string Normalize(string uri)
    {
        if (!IsOpaque(uri) && Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed))
        {
            return parsed.AbsoluteUri;
        }

        return uri;
    }

    // URNs and other non-hierarchical URIs cannot be combined by System.Uri; only fragments apply to them.
    private static bool IsOpaque(string uri) => !uri.Contains("://", StringComparison.Ordinal) && !uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
