using System;
using System.Globalization;

namespace AiApiTestAutomation.Testing.Data.Generation;

/// <summary>Realistic values for string formats, deterministic per seed (dates count back from a fixed reference date).</summary>
internal static class FormatValues
{
    public static bool TryCreate(string format, GenerationContext context, out string value)
    {
        Bogus.Faker faker = context.Faker;
        DateTime moment = faker.Date.Past(3, GenerationContext.ReferenceDate);
        value = format switch
        {
            "email" or "idn-email" => faker.Internet.Email(uniqueSuffix: context.NextUniqueToken()).ToLowerInvariant(),
            "uuid" or "guid" => faker.Random.Guid().ToString(),
            "date" => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "date-time" => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "time" => moment.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "uri" or "url" or "iri" or "uri-reference" or "iri-reference" => faker.Internet.UrlWithPath("https") + "/" + context.NextUniqueToken(),
            "hostname" or "idn-hostname" => context.NextUniqueToken() + "." + faker.Internet.DomainName(),
            "ipv4" => faker.Internet.Ip(),
            "ipv6" => faker.Internet.Ipv6(),
            "byte" => Convert.ToBase64String(faker.Random.Bytes(12)),
            "binary" => faker.Random.AlphaNumeric(16),
            "password" => faker.Internet.Password(12) + "9a",
            "duration" => "P" + faker.Random.Int(1, 30).ToString(CultureInfo.InvariantCulture) + "D",
            "json-pointer" => "/" + faker.Random.AlphaNumeric(6),
            "regex" => "^[a-z]+$",
            _ => string.Empty,
        };
        return value.Length > 0;
    }
}
