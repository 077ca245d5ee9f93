using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

/// <summary>After the run: every delivery that got 202 must be in the inbox file, compared by the body hash the relay stores.</summary>
internal static class InboxCheck
{
    public static int CountMissing(string databasePath, IEnumerable<string> acknowledgedBodies)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body_hash FROM events";
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        return acknowledgedBodies.Count(body => !stored.Contains(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))));
    }
}
