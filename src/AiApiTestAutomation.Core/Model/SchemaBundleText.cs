using System;
using System.Collections.Generic;

namespace AiApiTestAutomation.Core.Model;

/// <summary>
/// A schema bundle's JSON text (see <see cref="ApiSpec.SchemaBundle"/>) kept as the pieces it was written from: each
/// schema's text, each key, the punctuation between them. GitHub's bundle is a million characters; put together as one
/// string it was two megabytes on the large object heap every build, only to be copied again into the generated file.
/// Two texts are equal when their characters are, however they are cut into pieces.
/// </summary>
public sealed class SchemaBundleText : IEquatable<SchemaBundleText>
{
    private readonly string[] pieces;

    private SchemaBundleText(string[] pieces, int length)
    {
        this.pieces = pieces;
        Length = length;
    }

    /// <summary>No bundle at all (a spec that could not be read).</summary>
    public static SchemaBundleText Empty { get; } = new(Array.Empty<string>(), 0);

    /// <summary>The text's length in characters.</summary>
    public int Length { get; }

    /// <summary>The pieces in order; together they are the text. None is empty.</summary>
    public IReadOnlyList<string> Pieces => pieces;

    /// <summary>A bundle whose text is at hand as one string.</summary>
    public static SchemaBundleText FromJson(string json) => FromPieces(new[] { json });

    /// <summary>A bundle from its pieces in order; null and empty pieces are left out.</summary>
    public static SchemaBundleText FromPieces(IReadOnlyList<string?> pieces)
    {
        // Counted, then copied into an array of the right size: GitHub's bundle has about 30,000 pieces.
        var count = 0;
        var length = 0;
        foreach (var piece in pieces)
        {
            if (!string.IsNullOrEmpty(piece))
            {
                count++;
                length += piece!.Length;
            }
        }

        if (count == 0)
        {
            return Empty;
        }

        var kept = new string[count];
        var index = 0;
        foreach (var piece in pieces)
        {
            if (!string.IsNullOrEmpty(piece))
            {
                kept[index++] = piece!;
            }
        }

        return new SchemaBundleText(kept, length);
    }

    /// <summary>
    /// True when one of the pieces contains <paramref name="value"/> (ordinal). A schema's text is always one piece, so
    /// a keyword inside a schema is always found; text that a key and the punctuation around it would only form
    /// together is not.
    /// </summary>
    public bool AnyPieceContains(string value)
    {
        foreach (var piece in pieces)
        {
            if (piece.IndexOf(value, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole text as one string (it is built each time: keep it if you need it twice).</summary>
    public override string ToString() => string.Concat(pieces);

    public bool Equals(SchemaBundleText? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Length != other.Length)
        {
            return false;
        }

        // Walk both texts at once, comparing as much as the shorter of the two current pieces holds.
        int mine = 0, theirs = 0, myOffset = 0, theirOffset = 0;
        while (mine < pieces.Length && theirs < other.pieces.Length)
        {
            var left = pieces[mine];
            var right = other.pieces[theirs];
            var count = Math.Min(left.Length - myOffset, right.Length - theirOffset);
            if (string.CompareOrdinal(left, myOffset, right, theirOffset, count) != 0)
            {
                return false;
            }

            myOffset += count;
            theirOffset += count;
            if (myOffset == left.Length)
            {
                mine++;
                myOffset = 0;
            }

            if (theirOffset == right.Length)
            {
                theirs++;
                theirOffset = 0;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SchemaBundleText);

    // Equal texts may be cut differently, so only what does not depend on the cut goes in: the length.
    public override int GetHashCode() => Length;
}
